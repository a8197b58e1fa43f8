-- Planner statistics after bulk writes. PostgreSQL's autovacuum analyzes a
-- table some time after it changes; PGlite has no autovacuum and never does.
-- Until a table is analyzed the planner guesses that a tenant's share of it
-- is a row or two, and picks plans that are ruinous at a few thousand rows.
-- The app calls this after a customer import and the seeds after seeding.
--
-- ANALYZE needs the table's owner (or, from PostgreSQL 17, MAINTAIN), which
-- the runtime role never is: hence SECURITY DEFINER, owned by the migrations'
-- role, which owns the tables. Keep that owner: under a role that does not own
-- the tables, ANALYZE skips them with a warning. It is narrow: it takes table
-- names, analyzes only ordinary tables of the public schema, returns nothing,
-- and reads no rows for the caller. Statistics are no back door into other
-- tenants' rows: pg_stats hides the columns of tables under row-level
-- security from roles that do not bypass it.
CREATE FUNCTION fiberbill_refresh_statistics(p_tables text[])
RETURNS void
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_table regclass;
BEGIN
  FOR v_table IN
    SELECT c.oid::regclass
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname = ANY (p_tables[1:20])
  LOOP
    EXECUTE format('ANALYZE %s', v_table);
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION fiberbill_refresh_statistics(text[]) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION fiberbill_refresh_statistics(text[]) TO fiberbill_app;
