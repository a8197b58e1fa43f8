import "server-only";
import { and, asc, eq, lte, or, sql, type SQL } from "drizzle-orm";
import { barangays, customers, plans, subscriptions, users, workItems, type WorkItemKind } from "../schema";
import type { Tx } from "../types";

export type WorkItemListFilters = {
  /** Jobs due on or before this tenant calendar day. */
  upTo: string;
  kind?: WorkItemKind;
  barangayId?: string;
  /** "open" also lists the jobs done on `today`, so a technician sees what was just finished. */
  status: "open" | "done" | "cancelled" | "all";
  today: string;
  timeZone: string;
};

export type WorkItemRow = {
  id: string;
  kind: WorkItemKind;
  status: "open" | "done" | "cancelled";
  dueOn: string;
  reason: string;
  note: string;
  doneAt: Date | null;
  doneBy: string | null;
  customerId: string;
  accountNo: string;
  firstName: string;
  lastName: string;
  mobile: string;
  addressLine: string;
  /** The premises' GPS, when known. */
  latitude: number | null;
  longitude: number | null;
  barangayId: string;
  barangay: string;
  city: string;
  province: string;
  plan: string;
  lineLabel: string;
};

/** A day's field work is at most a few hundred jobs; more than this means the filters are too wide. */
export const WORK_ITEM_LIST_LIMIT = 500;

function conditions(f: WorkItemListFilters): SQL | undefined {
  const due = lte(workItems.dueOn, f.upTo);
  const doneToday = and(eq(workItems.status, "done"), sql`(${workItems.doneAt} at time zone ${f.timeZone})::date = ${f.today}::date`);
  const byStatus =
    f.status === "open"
      ? or(and(eq(workItems.status, "open"), due), doneToday)
      : f.status === "all"
        ? due
        : and(eq(workItems.status, f.status), due);
  return and(byStatus, f.kind ? eq(workItems.kind, f.kind) : undefined, f.barangayId ? eq(customers.barangayId, f.barangayId) : undefined);
}

/**
 * Field jobs with what a technician needs at the door (address, mobile, plan),
 * ordered by barangay so the page can group them into rounds: open jobs first,
 * oldest due first; finished ones after, latest first.
 */
export async function listWorkItems(tx: Tx, filters: WorkItemListFilters): Promise<{ rows: WorkItemRow[]; truncated: boolean }> {
  const rows = await tx
    .select({
      id: workItems.id,
      kind: workItems.kind,
      status: workItems.status,
      dueOn: workItems.dueOn,
      reason: workItems.reason,
      note: workItems.note,
      doneAt: workItems.doneAt,
      doneBy: users.name,
      customerId: customers.id,
      accountNo: customers.accountNo,
      firstName: customers.firstName,
      lastName: customers.lastName,
      mobile: customers.mobile,
      addressLine: customers.addressLine,
      latitude: customers.latitude,
      longitude: customers.longitude,
      barangayId: barangays.id,
      barangay: barangays.name,
      city: barangays.city,
      province: barangays.province,
      plan: plans.name,
      lineLabel: subscriptions.label,
    })
    .from(workItems)
    .innerJoin(customers, and(eq(customers.tenantId, workItems.tenantId), eq(customers.id, workItems.customerId)))
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .innerJoin(subscriptions, and(eq(subscriptions.tenantId, workItems.tenantId), eq(subscriptions.id, workItems.subscriptionId)))
    .innerJoin(plans, and(eq(plans.tenantId, subscriptions.tenantId), eq(plans.id, subscriptions.planId)))
    .leftJoin(users, and(eq(users.tenantId, workItems.tenantId), eq(users.id, workItems.doneBy)))
    .where(conditions(filters))
    .orderBy(
      sql`lower(${barangays.name})`,
      sql`lower(${barangays.city})`,
      barangays.id,
      sql`case ${workItems.status} when 'open' then 0 else 1 end`,
      sql`case when ${workItems.status} = 'open' then ${workItems.dueOn} end asc`,
      sql`${workItems.doneAt} desc nulls last`,
      sql`${workItems.dueOn} desc`,
      asc(customers.accountNo),
      asc(workItems.kind),
    )
    .limit(WORK_ITEM_LIST_LIMIT + 1);
  return { rows: rows.slice(0, WORK_ITEM_LIST_LIMIT), truncated: rows.length > WORK_ITEM_LIST_LIMIT };
}

/** The barangays that have field jobs at all: the filter's choices (a tenant may list 80 barangays with work in five). */
export async function workItemBarangays(tx: Tx): Promise<{ id: string; name: string; city: string }[]> {
  return tx
    .selectDistinct({ id: barangays.id, name: barangays.name, city: barangays.city, sortName: sql<string>`lower(${barangays.name})` })
    .from(workItems)
    .innerJoin(customers, and(eq(customers.tenantId, workItems.tenantId), eq(customers.id, workItems.customerId)))
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .orderBy(sql`lower(${barangays.name})`, barangays.city)
    .then((rows) => rows.map(({ id, name, city }) => ({ id, name, city })));
}
