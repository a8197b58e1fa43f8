/** A barangay's jobs, in the order the query gave them, with the counts its heading shows. */
export type BarangayGroup<T> = {
  barangayId: string;
  barangay: string;
  city: string;
  items: T[];
  toDisconnect: number;
  toReconnect: number;
  finished: number;
};

type Groupable = { barangayId: string; barangay: string; city: string; kind: "disconnect" | "reconnect"; status: "open" | "done" | "cancelled" };

/** Rows already sorted by barangay (listWorkItems) -> one group per barangay: a technician's round. */
export function groupByBarangay<T extends Groupable>(rows: readonly T[]): BarangayGroup<T>[] {
  const groups: BarangayGroup<T>[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (!group || group.barangayId !== row.barangayId) {
      group = { barangayId: row.barangayId, barangay: row.barangay, city: row.city, items: [], toDisconnect: 0, toReconnect: 0, finished: 0 };
      groups.push(group);
    }
    group.items.push(row);
    if (row.status !== "open") group.finished++;
    else if (row.kind === "disconnect") group.toDisconnect++;
    else group.toReconnect++;
  }
  return groups;
}
