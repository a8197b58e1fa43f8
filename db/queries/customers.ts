import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { barangays, customerBalances, customers, customerStatusHistory, plans, subscriptions, users } from "../schema";
import type { CustomerStatus } from "../schema/subscribers";
import type { Tx } from "../types";

export type CustomerFilters = {
  q?: string;
  status?: CustomerStatus;
  barangayId?: string;
  planId?: string;
  /** "owing": the balance is above zero; "credit": below. */
  balance?: "owing" | "credit";
};

export type CustomerSortKey = "name" | "account" | "created" | "status" | "balance";

/** Counting stops here: "10,000+" is as useful as an exact 100,000 and costs a tenth. */
export const CUSTOMER_COUNT_CAP = 10_000;

/**
 * The words of a search, as the search function takes them: lower case, at
 * most five. Punctuation between words is dropped, so a name typed as the
 * list shows it ("Santos, Feliciano") finds what "Feliciano Santos" finds.
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return q
    .toLowerCase()
    .replace(/[\s\-().,;]+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .slice(0, 5);
}

/**
 * Each word is a substring of the customer's search text (account no., name,
 * mobile in both forms, address), in any order. The trigram LIKE runs in
 * fiberbill_customer_search_ids (migration 0008), which returns ids only:
 * under row-level security a LIKE here could not use the index. The ids are
 * matched against `customers` under row-level security.
 *
 * The call sits in an uncorrelated ARRAY(...) sub-select, which PostgreSQL
 * runs as an InitPlan: once per statement, whatever plan it picks. As a
 * semi-join (`id in (select fn(...))`) the planner was free to put the call
 * on the inner side of a nested loop; without statistics (a freshly seeded
 * or imported database) it did, and ran the search once per customer row.
 */
function searchCondition(q: string | undefined): SQL | undefined {
  const words = searchWords(q);
  if (words.length === 0) return undefined;
  const list = sql.join(
    words.map((w) => sql`${w}`),
    sql`, `,
  );
  return sql`${customers.id} = any(array(select found.id from fiberbill_customer_search_ids(array[${list}]::text[]) as found(id)))`;
}

export function customerWhere(f: CustomerFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [searchCondition(f.q)];
  if (f.status) where.push(eq(customers.status, f.status));
  if (f.barangayId) where.push(eq(customers.barangayId, f.barangayId));
  if (f.planId) {
    where.push(sql`exists (select 1 from ${subscriptions} s where s.tenant_id = ${customers.tenantId}
      and s.customer_id = ${customers.id} and s.plan_id = ${f.planId} and s.status <> 'cancelled')`);
  }
  const conditions = where.filter((w): w is SQL => w !== undefined);
  return conditions.length ? and(...conditions) : undefined;
}

/** The customer a keyset cursor names, read for its sort values. */
const cursorRow = alias(customers, "cursor_row");
const cursorBalance = alias(customerBalances, "cursor_balance");

/** The balances kept beside the customers (customer_balances, maintained by triggers). */
const balanceJoin = and(eq(customerBalances.tenantId, customers.tenantId), eq(customerBalances.customerId, customers.id));

/** Whether a view needs the balances table: to filter or to sort by balance. */
function usesBalance(f: CustomerFilters & { sort?: CustomerSortKey }): boolean {
  return Boolean(f.balance) || f.sort === "balance";
}

function balanceCondition(f: CustomerFilters): SQL | undefined {
  if (f.balance === "owing") return sql`${customerBalances.balance} > 0`;
  if (f.balance === "credit") return sql`${customerBalances.balance} < 0`;
  return undefined;
}

/**
 * The columns a sort orders by, ending in a unique one so the order is total
 * (keyset paging needs that). Each list has an index that leads with
 * tenant_id and continues with exactly these columns (the balance's is on
 * customer_balances).
 */
function sortKey(sort: CustomerSortKey, cursor = false): AnyPgColumn[] {
  const table = cursor ? cursorRow : customers;
  switch (sort) {
    case "account":
      return [table.accountNo]; // unique per tenant
    case "created":
      return [table.createdAt, table.id];
    case "status":
      return [table.status, table.lastName, table.firstName, table.id];
    case "balance": {
      const b = cursor ? cursorBalance : customerBalances;
      return [b.balance, b.customerId];
    }
    default:
      return [table.lastName, table.firstName, table.id];
  }
}

/**
 * Rows strictly after (or before) the cursor customer in the sort order: a
 * row comparison against the cursor's own sort values, which the index
 * answers by seeking, however deep the page. A cursor that names no
 * customer of this tenant matches nothing (row-level security hides it).
 */
function beyondCursor(sort: CustomerSortKey, towardsEnd: boolean, cursorId: string): SQL {
  const cols = sql.join(sortKey(sort), sql`, `);
  const theirs = sql.join(sortKey(sort, true), sql`, `);
  const key =
    sort === "balance"
      ? sql`(select ${theirs} from ${customerBalances} as ${sql.identifier("cursor_balance")} where ${cursorBalance.customerId} = ${cursorId})`
      : sql`(select ${theirs} from ${customers} as ${sql.identifier("cursor_row")} where ${cursorRow.id} = ${cursorId})`;
  return towardsEnd ? sql`(${cols}) > ${key}` : sql`(${cols}) < ${key}`;
}

/** The ids of a view's customers, joined to their balances when it filters or sorts by them. */
function viewIds(tx: Tx, f: CustomerFilters & { sort?: CustomerSortKey }, extra?: SQL) {
  const where = and(customerWhere(f), balanceCondition(f), extra);
  const q = tx.select({ id: customers.id }).from(customers).$dynamic();
  return (usesBalance(f) ? q.innerJoin(customerBalances, balanceJoin) : q).where(where);
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
  /** Centavos; negative is credit. Every customer has a row (a trigger adds it), the coalesce is belt and braces. */
  balance: sql<number>`coalesce(${customerBalances.balance}, 0)`.mapWith(Number),
};

export type CustomerPageOptions = CustomerFilters & {
  sort: CustomerSortKey;
  dir: "asc" | "desc";
  /** 1-based. Used to skip rows (OFFSET) only when no cursor is given: a typed page number. */
  page: number;
  pageSize: number;
  /** Keyset paging: the page after this customer (Next) ... */
  after?: string;
  /** ... or the page before this customer (Previous). */
  before?: string;
};

/**
 * The rows of one page and whether there are more on either side. Next and
 * Previous carry a cursor (the last or first customer shown), so page 1,500
 * costs what page 2 does; a page number without a cursor skips rows with
 * OFFSET. The page's ids come from the index alone, then only those rows are
 * read and joined.
 */
export async function customerPage(tx: Tx, opts: CustomerPageOptions) {
  const backwards = !opts.after && Boolean(opts.before);
  const cursor = opts.after ?? opts.before;
  const towardsEnd = (opts.dir === "asc") !== backwards;
  const d = towardsEnd ? asc : desc;
  const order = sortKey(opts.sort).map((c) => d(c));
  const offset = cursor ? 0 : (opts.page - 1) * opts.pageSize;
  // One more than a page tells whether another page follows. The page's ids are an InitPlan
  // (computed once, see searchCondition), then only those rows are read by primary key and joined.
  const pageIds = viewIds(tx, opts, cursor ? beyondCursor(opts.sort, towardsEnd, cursor) : undefined)
    .orderBy(...order)
    .limit(opts.pageSize + 1)
    .offset(offset);
  const fetched = await tx
    .select(customerListColumns)
    .from(customers)
    .innerJoin(barangays, and(eq(barangays.tenantId, customers.tenantId), eq(barangays.id, customers.barangayId)))
    .leftJoin(customerBalances, balanceJoin)
    .where(sql`${customers.id} = any(array(${pageIds}))`)
    .orderBy(...order);
  const more = fetched.length > opts.pageSize;
  const rows = fetched.slice(0, opts.pageSize);
  if (backwards) rows.reverse();
  return {
    rows,
    hasNext: backwards ? true : more,
    hasPrevious: backwards ? more : Boolean(cursor) || opts.page > 1,
  };
}

/** How many customers the view holds, counting no further than the cap. */
export async function countCustomers(tx: Tx, filters: CustomerFilters, cap = CUSTOMER_COUNT_CAP) {
  const upTo = viewIds(tx, filters).limit(cap + 1).as("up_to");
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(upTo);
  const n = row?.n ?? 0;
  return { total: Math.min(n, cap), capped: n > cap };
}

/**
 * One page of the customer list and the size of the view. `page` is the page
 * number to show, normally the one asked for.
 */
export async function listCustomers(tx: Tx, opts: CustomerPageOptions) {
  const [found, count] = await Promise.all([customerPage(tx, opts), countCustomers(tx, opts)]);
  const byNumber = { ...opts, after: undefined, before: undefined };
  let result = found;
  let page = opts.page;
  if ((opts.after || opts.before) && found.rows.length === 0) {
    // The cursor names no customer of this tenant (a hand-edited or very old link): the page by its number.
    result = await customerPage(tx, byNumber);
  } else if (opts.before && !found.hasPrevious) {
    // Previous reached the start: that is page 1, whatever the link said; filled up if it came back short.
    page = 1;
    if (found.rows.length < opts.pageSize) result = await customerPage(tx, { ...byNumber, page: 1 });
  }
  return { ...result, page, total: count.total, totalCapped: count.capped };
}

export type CustomerListRow = Awaited<ReturnType<typeof customerPage>>["rows"][number];

/** Every customer of a filtered view, in order, a batch at a time (CSV export); each batch seeks past the last. */
export async function* customersForExport(
  tx: Tx,
  opts: CustomerFilters & { sort: CustomerSortKey; dir: "asc" | "desc" },
  batchSize = 2000,
) {
  let after: string | undefined;
  for (;;) {
    const { rows, hasNext } = await customerPage(tx, { ...opts, page: 1, pageSize: batchSize, after });
    if (rows.length > 0) yield rows;
    if (!hasNext || rows.length === 0) return;
    after = rows[rows.length - 1]!.id;
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
      tin: customers.tin,
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

/** The barangay and plan a list view filters by (none, one or both), for their names. */
export async function selectedCustomerFilters(tx: Tx, { barangayId, planId }: { barangayId?: string; planId?: string }) {
  const [barangay, plan] = await Promise.all([
    barangayId ? tx.select({ id: barangays.id, name: barangays.name, city: barangays.city }).from(barangays).where(eq(barangays.id, barangayId)) : [],
    planId ? tx.select({ id: plans.id, name: plans.name, status: plans.status }).from(plans).where(eq(plans.id, planId)) : [],
  ]);
  return { barangay: barangay[0], plan: plan[0] };
}
