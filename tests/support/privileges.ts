import { sql } from "drizzle-orm";
import { rows, type Handle } from "./sql";

/**
 * Everything `role` may do in this database, read from the catalog as one
 * sorted list of lines: table privileges, column privileges beyond those,
 * sequence privileges, EXECUTE on functions (ours, not those of extensions),
 * schema and database privileges, and role memberships. PUBLIC's grants
 * count, as they do for the role. The has_*_privilege functions answer for
 * the role whoever asks, so any handle can read it.
 */
export async function privilegesOf(db: Handle, role: string): Promise<string[]> {
  const lines = await rows<{ line: string }>(
    db,
    sql`with r as (select ${role}::text as role),
    rel as (
      select c.oid, c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public'
    )
    select 'table ' || rel.relname || ': ' || string_agg(p.priv, ', ' order by p.priv) as line
      from rel, r, unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) p(priv)
      where rel.relkind in ('r', 'p', 'v', 'm', 'f') and has_table_privilege(r.role, rel.oid, p.priv)
      group by rel.relname
    union all
    select 'column ' || rel.relname || '.' || a.attname || ': ' || string_agg(p.priv, ', ' order by p.priv)
      from rel join pg_attribute a on a.attrelid = rel.oid and a.attnum > 0 and not a.attisdropped, r,
        unnest(array['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']) p(priv)
      where rel.relkind in ('r', 'p', 'v', 'm', 'f')
        and has_column_privilege(r.role, rel.oid, a.attnum, p.priv) and not has_table_privilege(r.role, rel.oid, p.priv)
      group by rel.relname, a.attname
    union all
    select 'sequence ' || rel.relname || ': ' || string_agg(p.priv, ', ' order by p.priv)
      from rel, r, unnest(array['USAGE', 'SELECT', 'UPDATE']) p(priv)
      where rel.relkind = 'S' and has_sequence_privilege(r.role, rel.oid, p.priv)
      group by rel.relname
    union all
    select 'execute ' || f.oid::regprocedure::text
      from pg_proc f join pg_namespace n on n.oid = f.pronamespace, r
      where n.nspname = 'public'
        and not exists (select 1 from pg_depend d where d.classid = 'pg_proc'::regclass and d.objid = f.oid and d.deptype = 'e')
        and has_function_privilege(r.role, f.oid, 'EXECUTE')
    union all
    select 'schema ' || n.nspname || ': ' || string_agg(p.priv, ', ' order by p.priv)
      from pg_namespace n, r, unnest(array['USAGE', 'CREATE']) p(priv)
      where n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema' and has_schema_privilege(r.role, n.oid, p.priv)
      group by n.nspname
    union all
    select 'database: ' || string_agg(p.priv, ', ' order by p.priv)
      from r, unnest(array['CONNECT', 'CREATE', 'TEMPORARY']) p(priv)
      where has_database_privilege(r.role, current_database(), p.priv)
      having count(*) > 0
    union all
    select 'member of ' || g.rolname
      from pg_auth_members m join pg_roles g on g.oid = m.roleid join pg_roles u on u.oid = m.member, r
      where u.rolname = r.role`,
  );
  return lines.map((l) => l.line).sort();
}

/** A role's attributes, the ones that decide whether it can get past row-level security or log in. */
export type RoleAttributes = { superuser: boolean; bypassrls: boolean; login: boolean; createrole: boolean; createdb: boolean };

export async function attributesOf(db: Handle, role: string): Promise<RoleAttributes | undefined> {
  const [row] = await rows<RoleAttributes>(
    db,
    sql`select rolsuper as superuser, rolbypassrls as bypassrls, rolcanlogin as login, rolcreaterole as createrole, rolcreatedb as createdb
      from pg_roles where rolname = ${role}`,
  );
  return row;
}
