import { count, sql } from "drizzle-orm";
import type { Connection } from "@/db/connect";
import { customers, users } from "@/db/schema";
import { isSlugTaken, resolveTenantBySlug } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { takeNumbers } from "@/lib/numbering/counters";
import { provisionTenant } from "@/lib/tenancy/provision";
import { signupSchema } from "@/lib/validations/signup";
import { DOWNTOWN_STREETS, MOBILE_PREFIXES } from "./data/contact";
import { FIRST_NAMES, weightedSurnames } from "./data/names";
import { SEED_PLANS } from "./data/plans";
import { seedCatalog } from "./catalog";
import { seedBulkPlant, type BulkPlantResult } from "./bulk-plant";

/** The owner login of a bulk-seeded tenant: owner@<slug>.fiberbill.test with this password. */
export const BULK_OWNER_PASSWORD = "demo-fiber-2026";

export type BulkSeedResult = { tenantId: string; ownerId: string; created: boolean; added: number; seconds: number; plant: BulkPlantResult };

const SUSPEND_REASON = "Unpaid: 2 months overdue";

/** Plans by share of subscriptions, in twentieths (Fiber 30: 25 %, Fiber 50: 35 %, ...). */
const PLAN_SHARES: Record<string, number> = { "Fiber 30": 5, "Fiber 50": 7, "Fiber 100": 5, "Fiber 200": 2, "Business 300": 1 };

async function ensureTenant(conn: Connection, slug: string, name: string) {
  if (await isSlugTaken(conn.app, slug)) {
    const tenant = await resolveTenantBySlug(conn.app, slug);
    if (!tenant) throw new Error(`tenant ${slug} exists but cannot be resolved`);
    const [owner] = await withTenantOn(conn.app, tenant.id, (tx) =>
      tx.select({ id: users.id }).from(users).where(sql`${users.isTenantOwner}`).limit(1),
    );
    if (!owner) throw new Error(`tenant ${slug} has no owner`);
    return { tenantId: tenant.id, ownerId: owner.id, timeZone: tenant.timeZone, created: false };
  }
  const input = signupSchema.parse({ companyName: name, subdomain: slug, ownerName: `${name} Owner`, email: `owner@${slug}.fiberbill.test`, password: BULK_OWNER_PASSWORD });
  const { tenantId, userId } = await provisionTenant(conn.app, input, { ip: null, userAgent: "fiberbill-seed" });
  // New tenants start in Asia/Manila (fiberbill_create_tenant's default).
  return { tenantId, ownerId: userId, timeZone: "Asia/Manila", created: true };
}

/**
 * Makes (or fills) a tenant with `count` customers for benchmarks, set-based:
 * the account numbers are taken from the tenant's counter in one UPDATE
 * (takeNumbers), then one INSERT ... SELECT over them writes the customers,
 * their first status-history rows, one subscription for most and its events.
 * It runs as the runtime role inside withTenantOn, so row-level security
 * checks every row, and writes a single "customer.bulk_seed" audit row.
 * Names, mobiles, barangays, statuses and plans come from a hash of the row's
 * position, so the same call always makes the same people.
 */
export async function seedBulkCustomers(conn: Connection, opts: { slug: string; name: string; count: number }): Promise<BulkSeedResult> {
  if (!Number.isInteger(opts.count) || opts.count < 1 || opts.count > 2_000_000) throw new RangeError("count must be a whole number from 1 to 2,000,000");
  const started = performance.now();
  const { tenantId, ownerId, timeZone, created } = await ensureTenant(conn, opts.slug, opts.name);
  const { barangayIds, planIds } = await seedCatalog(conn.app, tenantId, ownerId, SEED_PLANS);
  const planPool = Object.entries(PLAN_SHARES).flatMap(([plan, share]) => Array.from({ length: share }, () => planIds.get(plan)!));

  // Foreign-key checks run cached plans. A connection that checked keys while these tables
  // were tiny (the demo seed, a moment ago) may hold a generic plan that finds customers(tenant_id, id)
  // through an index where id comes last, i.e. by scanning the whole tenant: harmless at 300 rows,
  // quadratic at 100,000 (5 minutes instead of 15 s). ANALYZE invalidates those plans, so the
  // checks are planned again for the tables' real size.
  await conn.asOwner((owner) => owner.execute(sql`analyze barangays, plans, users, customers, subscriptions`));
  await withTenantOn(conn.app, tenantId, async (tx) => {
    const [before] = await tx.select({ n: count() }).from(customers);
    const numbers = await takeNumbers(tx, tenantId, "customer", opts.count);
    // Lists travel as one text parameter each: drizzle would expand a JS array into one parameter per element.
    const list = (items: readonly string[]) => items.join("|");
    // h(k): a number from 0 to 2^32 per customer (its position in the tenant) and attribute k.
    const offset = before?.n ?? 0;
    const h = (k: number) => sql`(hashint8((${offset}::bigint + a.i) * 16 + ${k})::bigint + 2147483648)`;
    await tx.execute(sql`
      with lists as (
        select
          string_to_array(${list(FIRST_NAMES)}, '|') as firsts,
          string_to_array(${list(weightedSurnames())}, '|') as lasts,
          string_to_array(${list(MOBILE_PREFIXES)}, '|') as prefixes,
          string_to_array(${list(DOWNTOWN_STREETS)}, '|') as streets,
          string_to_array(${list([...barangayIds.values()])}, '|')::uuid[] as barangays,
          string_to_array(${list(planPool)}, '|')::uuid[] as plans
      ),
      -- One row per new account number, with five hashes to draw its details from.
      -- unnest, not accounts[i]: subscripting a text array walks it from the start every time.
      numbered as (
        select a.account_no, a.i,
          -- Spread over the last ~700 days in account-number order, so "newest first" means something.
          now() - (${opts.count} - a.i) * interval '10 minutes' as created_at,
          ${h(1)} as h1, ${h(2)} as h2, ${h(3)} as h3, ${h(4)} as h4, ${h(5)} as h5
        from unnest(string_to_array(${list(numbers)}, '|')) with ordinality as a(account_no, i)
      ),
      people as (
        select n.account_no, n.created_at,
          l.firsts[1 + n.h1 % cardinality(l.firsts)] as first_name,
          l.lasts[1 + n.h2 % cardinality(l.lasts)] as last_name,
          '+63' || l.prefixes[1 + n.h5 % cardinality(l.prefixes)] || lpad((n.h1 % 10000000)::text, 7, '0') as mobile,
          n.h2 % 10 < 3 as has_email,
          case when n.h3 % 3 = 0 then (1 + n.h4 % 250) || ' ' || l.streets[1 + n.h5 % cardinality(l.streets)]
               else 'Purok ' || (1 + n.h4 % 9) || ', Zone ' || (1 + n.h5 % 6) end as address_line,
          l.barangays[1 + n.h3 % cardinality(l.barangays)] as barangay_id,
          case when n.h4 % 100 < 88 then 'active' when n.h4 % 100 < 94 then 'suspended'
               when n.h4 % 100 < 98 then 'disconnected' else 'terminated' end as status,
          (n.h5 % 1000) / 1000.0 as changed_at_fraction
        from numbered n cross join lists l
      ),
      inserted as (
        insert into customers (tenant_id, account_no, first_name, last_name, mobile, email, address_line, barangay_id,
          status, status_changed_at, created_at, updated_at)
        select ${tenantId}::uuid, p.account_no, p.first_name, p.last_name, p.mobile,
          case when p.has_email then regexp_replace(lower(translate(p.first_name || '.' || p.last_name, 'ñÑ', 'nn')), '[^a-z.]', '', 'g')
            || '.' || lower(p.account_no) || '@example.com' end,
          p.address_line, p.barangay_id, p.status,
          case when p.status = 'active' then p.created_at else p.created_at + (now() - p.created_at) * p.changed_at_fraction end,
          p.created_at, p.created_at
        from people p
        returning id, account_no, status, created_at, status_changed_at
      ),
      dated as (
        select c.*, (c.created_at at time zone ${timeZone})::date as joined_on, (c.status_changed_at at time zone ${timeZone})::date as changed_on,
          case c.status when 'suspended' then ${SUSPEND_REASON} when 'disconnected' then 'Disconnected for non-payment'
            when 'terminated' then 'Account closed at the owner''s request' end as reason
        from inserted c
      ),
      history as (
        insert into customer_status_history (tenant_id, customer_id, from_status, to_status, reason, effective_date, changed_by)
        select ${tenantId}::uuid, c.id, h.from_status, h.to_status, h.reason, h.effective_date, ${ownerId}::uuid
        from dated c
        cross join lateral (values
          (true, null, 'active', 'New customer', c.joined_on),
          (c.status <> 'active', 'active', c.status, c.reason, c.changed_on)
        ) as h(wanted, from_status, to_status, reason, effective_date)
        where h.wanted
      ),
      subs as (
        insert into subscriptions (tenant_id, customer_id, plan_id, status, start_date, activated_on, billed_elsewhere_until, cancelled_on, cancel_reason, created_at, updated_at)
        select ${tenantId}::uuid, c.id, l.plans[1 + c.h % cardinality(l.plans)],
          case c.status when 'active' then 'active' when 'suspended' then 'suspended' else 'cancelled' end,
          c.joined_on, c.joined_on,
          -- Brought over from a previous system, which billed the lines running before this month up to its end
          -- (the tenant's default cycle starts on the 1st): FiberBill bills them from this month on.
          case when c.joined_on < date_trunc('month', now() at time zone ${timeZone})::date
            then (date_trunc('month', now() at time zone ${timeZone}) - interval '1 day')::date end,
          case when c.status in ('disconnected', 'terminated') then c.changed_on end,
          case when c.status in ('disconnected', 'terminated') then c.reason end,
          c.created_at, c.status_changed_at
        from (select d.*, (hashtext(d.account_no)::bigint + 2147483648) as h from dated d) c cross join lists l
        -- One customer in twenty has no subscription yet.
        where c.h % 20 <> 0
        returning id, status, plan_id, start_date, updated_at, cancel_reason
      )
      -- Each subscription's events, from its own row (no join back: the planner cannot size these CTEs).
      insert into subscription_events (tenant_id, subscription_id, kind, effective_date, from_status, to_status, to_plan_id, reason, changed_by)
      select ${tenantId}::uuid, s.id, e.kind, e.effective_date, e.from_status, e.to_status, s.plan_id, e.reason, ${ownerId}::uuid
      from subs s
      cross join lateral (values
        ('created', s.start_date, null, 'pending', ''),
        ('activated', s.start_date, 'pending', 'active', ''),
        (case s.status when 'suspended' then 'suspended' when 'cancelled' then 'cancelled' end,
          (s.updated_at at time zone ${timeZone})::date, 'active', s.status, coalesce(s.cancel_reason, ${SUSPEND_REASON}))
      ) as e(kind, effective_date, from_status, to_status, reason)
      where e.kind is not null
    `);
    // What they owe: the suspended and disconnected, and one active customer in seven, carry an
    // unpaid balance over from a previous system (one to three months of Fiber 50). The balance
    // triggers add it up, so the list's "owes money" view has something to find.
    await tx.execute(sql`
      insert into adjustments (tenant_id, customer_id, kind, category, amount, reason, effective_on, created_by)
      select c.tenant_id, c.id, 'charge', 'manual', (1 + (hashtext(c.account_no)::bigint + 2147483648) % 3) * 129900,
        'Unpaid balance brought over from the previous billing system', (now() at time zone ${timeZone})::date, ${ownerId}::uuid
      from customers c
      where c.account_no between ${numbers[0]!} and ${numbers[numbers.length - 1]!}
        and (c.status in ('suspended', 'disconnected') or (hashtext(c.account_no)::bigint + 2147483648) % 7 = 0)`);
    await recordAudit(
      tx,
      { tenantId, userId: ownerId, ip: null, userAgent: "fiberbill-seed" },
      { action: "customer.bulk_seed", entityType: "customer", after: { count: opts.count, first: numbers[0], last: numbers[numbers.length - 1] } },
    );
  });

  // Straight after a bulk load the planner has no statistics for the new rows (autovacuum
  // comes later), and a benchmark would measure that accident. ANALYZE gives the planner
  // the real row counts so it picks the tenant-leading indexes; VACUUM sets the visibility
  // map so the list's id-only page query is a true index-only scan (no heap visits), and
  // merges the trigram GIN index's pending list, which search would otherwise scan row by row.
  // Both need the table's owner, and VACUUM cannot run inside a transaction.
  await conn.asOwner((owner) => owner.execute(sql`vacuum (analyze) customers, customer_status_history, subscriptions, subscription_events, adjustments, customer_balances`));
  // The plant that serves them, in proportion (about one NAP per 16 customers).
  const plant = await seedBulkPlant(conn, tenantId, ownerId);
  return { tenantId, ownerId, created, added: opts.count, seconds: (performance.now() - started) / 1000, plant };
}
