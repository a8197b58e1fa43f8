import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { barangays, customers, customerStatusHistory, plans, subscriptions, users } from "../schema";
import type { CustomerStatus } from "../schema/subscribers";
import type { Tx } from "../types";

export type CustomerFilters = {
  q?: string;
  status?: CustomerStatus;
  barangayId?: string;
  planId?: string;
};

export type CustomerSortKey = "name" | "account" | "created" | "status";

/** Words of a search, each matched as a substring of the trigram-indexed search text. */
function searchConditions(q: string | undefined): SQL[] {
  if (!q) return [];
  const words = q
    .toLowerCase()
    .replace(/[\s\-().]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 5);
  return words.map((w) => sql`${customers.searchText} like ${`%${w.replace(/[\\%_]/g, (m) => `\\${m}`)}%`}`);
}

export function customerWhere(f: CustomerFilters): SQL | undefined {
  const where: SQL[] = [...searchConditions(f.q)];
  if (f.status) where.push(eq(customers.status, f.status));
  if (f.barangayId) where.push(eq(customers.barangayId, f.barangayId));
  if (f.planId) {
    where.push(sql`exists (select 1 from ${subscriptions} s where s.tenant_id = ${customers.tenantId}
      and s.customer_id = ${customers.id} and s.plan_id = ${f.planId} and s.status <> 'cancelled')`);
  }
  return where.length ? and(...where) : undefined;
}

export function customerOrder(sort: CustomerSortKey, dir: "asc" | "desc"): SQL[] {
  const d = dir === "desc" ? desc : asc;
  switch (sort) {
    case "account":
      return [d(customers.accountNo), d(customers.id)];
    case "created":
      return [d(customers.createdAt), d(customers.id)];
    case "status":
      return [d(customers.status), d(customers.lastName), d(customers.firstName), d(customers.id)];
    default:
      return [d(customers.lastName), d(customers.firstName), d(customers.id)];
  }
}

/** The plans a customer is subscribed to (not cancelled), for the list's Plans column and the export. */
const planNames = sql<string | null>`(select string_agg(p.name, ', ' order by p.name) from ${subscriptions} s
  join ${plans} p on p.tenant_id = s.tenant_id and p.id = s.plan_id
  where s.tenant_id = ${customers.tenantId} and s.customer_id = ${customers.id} and s.status <> 'cancelled')`;

export const customerListColumns = {
  id: customers.id,
  accountNo: customers.accountNo,
  firstName: customers.firstName,
  lastName: customers.lastName,
  mobile: customers.mobile,
  email: customers.email,
  addressLine: customers.addressLine,
  status: customers.status,
  createdAt: customers.createdAt,
  barangay: barangays.name,
  city: barangays.city,
  plans: planNames,
};

/**
 * One page of the customer list. The page's ids are found first from the
 * index alone (a narrow scan even deep into the list), then only those rows
 * are read and joined.
 */
export async function listCustomers(
  tx: Tx,
  opts: CustomerFilters & { sort: CustomerSortKey; dir: "asc" | "desc"; page: number; pageSize: number },
) {
  const where = customerWhere(opts);
  const pageIds = tx
    .select({ id: customers.id })
    .from(customers)
    .where(where)
    .orderBy(...customerOrder(opts.sort, opts.dir))
    .limit(opts.pageSize)
    .offset((opts.page - 1) * opts.pageSize)
    .as("page_ids");
  const rows = await tx
    .select(customerListColumns)
    .from(pageIds)
    .innerJoin(customers, eq(customers.id, pageIds.id))
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .orderBy(...customerOrder(opts.sort, opts.dir));
  const [total] = await tx.select({ n: sql<number>`count(*)::int` }).from(customers).where(where);
  return { rows, total: total?.n ?? 0 };
}

export type CustomerListRow = Awaited<ReturnType<typeof listCustomers>>["rows"][number];

/** Every customer of a filtered view, in order, a batch at a time (CSV export). */
export async function* customersForExport(
  tx: Tx,
  opts: CustomerFilters & { sort: CustomerSortKey; dir: "asc" | "desc" },
  batchSize = 2000,
) {
  for (let page = 1; ; page++) {
    const { rows } = await listCustomers(tx, { ...opts, page, pageSize: batchSize });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < batchSize) return;
  }
}

export async function getCustomer(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({
      id: customers.id,
      accountNo: customers.accountNo,
      firstName: customers.firstName,
      lastName: customers.lastName,
      mobile: customers.mobile,
      email: customers.email,
      addressLine: customers.addressLine,
      barangayId: customers.barangayId,
      barangay: barangays.name,
      city: barangays.city,
      province: barangays.province,
      latitude: customers.latitude,
      longitude: customers.longitude,
      notes: customers.notes,
      status: customers.status,
      statusChangedAt: customers.statusChangedAt,
      createdAt: customers.createdAt,
    })
    .from(customers)
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .where(eq(customers.id, id));
  return row ?? null;
}

export async function customerStatusHistoryOf(tx: Tx, { customerId }: { customerId: string }) {
  return tx
    .select({
      id: customerStatusHistory.id,
      fromStatus: customerStatusHistory.fromStatus,
      toStatus: customerStatusHistory.toStatus,
      reason: customerStatusHistory.reason,
      effectiveDate: customerStatusHistory.effectiveDate,
      createdAt: customerStatusHistory.createdAt,
      by: users.name,
    })
    .from(customerStatusHistory)
    .leftJoin(users, and(eq(users.tenantId, customerStatusHistory.tenantId), eq(users.id, customerStatusHistory.changedBy)))
    .where(eq(customerStatusHistory.customerId, customerId))
    .orderBy(desc(customerStatusHistory.createdAt));
}

/** The barangays and plans the list's filters and the form offer. */
export async function customerFilterOptions(tx: Tx) {
  const brgys = await tx
    .select({ id: barangays.id, name: barangays.name, city: barangays.city })
    .from(barangays)
    .orderBy(asc(barangays.name), asc(barangays.city));
  const planList = await tx
    .select({ id: plans.id, name: plans.name, status: plans.status })
    .from(plans)
    .orderBy(asc(plans.name));
  return { barangays: brgys, plans: planList };
}
