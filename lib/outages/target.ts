import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { OutageTargetKind } from "@/db/schema/outages";
import type { Tx } from "@/db/types";

export type OutageTarget = { kind: OutageTargetKind; id: string; label: string };

const KIND_NAME: Record<OutageTargetKind, string> = { nap: "NAP", lcp: "LCP", pon_port: "PON port" };
export const outageKindName = (kind: OutageTargetKind) => KIND_NAME[kind];

/**
 * The piece of plant a declaration names: a NAP or LCP by its code, a PON
 * port as "<OLT name> <slot/port>" (the list the form offers), any case.
 */
export async function findOutageTarget(tx: Tx, kind: OutageTargetKind, text: string): Promise<OutageTarget | null> {
  const key = text.trim().toLowerCase();
  const query =
    kind === "nap"
      ? sql`select id, code as label from naps where lower(code) = ${key}`
      : kind === "lcp"
        ? sql`select id, code as label from lcps where lower(code) = ${key}`
        : sql`select p.id, o.name || ' ' || p.label as label from pon_ports p join olts o on o.id = p.olt_id where lower(o.name || ' ' || p.label) = ${key}`;
  const [row] = rowsOf<{ id: string; label: string }>(await tx.execute(query));
  return row ? { kind, ...row } : null;
}

/** The same by id (the map's and the NAP page's "Declare outage" link). */
export async function outageTargetById(tx: Tx, kind: OutageTargetKind, id: string): Promise<OutageTarget | null> {
  const query =
    kind === "nap"
      ? sql`select id, code as label from naps where id = ${id}`
      : kind === "lcp"
        ? sql`select id, code as label from lcps where id = ${id}`
        : sql`select p.id, o.name || ' ' || p.label as label from pon_ports p join olts o on o.id = p.olt_id where p.id = ${id}`;
  const [row] = rowsOf<{ id: string; label: string }>(await tx.execute(query));
  return row ? { kind, ...row } : null;
}
