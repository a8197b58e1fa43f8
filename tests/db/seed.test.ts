import { sql } from "drizzle-orm";
import { tenantDate } from "@/lib/time/format";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { seedBulkCustomers } from "@/scripts/seed/bulk-customers";
import { DEMO, seedDemoTenant } from "@/scripts/seed/demo";
import { addDays } from "@/scripts/seed/dates";
import { createBarangay } from "@/lib/barangays/barangays";
import { customerBalance } from "@/lib/billing/payments";
import { provisionTenant } from "@/lib/tenancy/provision";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs } from "../support/tenants";

/**
 * The demo and bulk seeds, run as the runtime role under row-level security.
 * The demo tenant is made here with its owner only (one password hash instead
 * of four): that is also the path of a demo tenant seeded before the subscriber
 * register existed, which must get its subscribers on the next run.
 */
describe.each(backends)("seeds on $name", ({ open }) => {
  let db: TestDatabase;
  let demoId: string;
  const one = async <T>(tenantId: string, query: ReturnType<typeof sql>) =>
    withTenantOn(db.app, tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));

  beforeAll(async () => {
    db = await open();
    const owner = { companyName: DEMO.name, subdomain: DEMO.slug, ownerName: DEMO.owner.name, email: DEMO.owner.email, password: DEMO.owner.password };
    const { tenantId, userId } = await provisionTenant(db.app, owner, { ip: null, userAgent: "vitest" });
    demoId = tenantId;
    // Typed in by hand before the seed ran: the seed must use it, not trip over it.
    await withTenantOn(db.app, tenantId, (tx) =>
      createBarangay(actingAs(tx, { tenantId, ownerId: userId, slug: DEMO.slug }), tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" }),
    );
  });
  afterAll(async () => db?.drop());

  // A month of the daily pipeline and 300 customers replayed step by step: minutes on a busy machine.
  it("gives an existing demo tenant without customers its subscribers, once", { timeout: 600_000 }, async () => {
    const first = await seedDemoTenant(db.app);
    expect(first).toEqual({ created: false, tenantId: demoId, customersAdded: 300 });
    expect(await seedDemoTenant(db.app)).toEqual({ created: false, tenantId: demoId, customersAdded: 0 });

    const [counts] = await one<Record<string, number>>(
      demoId,
      sql`select (select count(*)::int from barangays) as barangays,
        (select count(*)::int from barangays where psgc_code is not null) as coded,
        (select count(*)::int from plans) as plans,
        (select count(*)::int from plans where status = 'archived') as archived,
        (select count(*)::int from customers) as customers,
        (select count(distinct account_no)::int from customers where account_no between 'ACC-000001' and 'ACC-000300') as numbered,
        (select count(*)::int from (select customer_id from subscriptions group by 1 having count(*) > 1) two) as two_lines,
        (select count(*)::int from subscription_events where kind = 'plan_changed') as plan_changes,
        (select count(*)::int from audit_log where action = 'customer.create') as created_audit`,
    );
    expect(counts).toMatchObject({ barangays: 80, coded: 79, plans: 6, archived: 1, customers: 300, numbered: 300, created_audit: 300 });
    expect(counts!.two_lines).toBeGreaterThan(0);
    expect(counts!.plan_changes).toBeGreaterThan(0);

    const statuses = await one<{ status: string }>(demoId, sql`select distinct status from subscriptions`);
    expect(statuses.map((s) => s.status).sort()).toEqual(["active", "cancelled", "pending", "suspended"]);
    const reasons = await one<{ to_status: string; reason: string }>(
      demoId,
      sql`select distinct to_status, reason from customer_status_history where to_status in ('suspended', 'disconnected')`,
    );
    expect(reasons.map((r) => r.to_status)).toEqual(expect.arrayContaining(["suspended", "disconnected"]));
    expect(reasons.every((r) => r.reason.length > 0)).toBe(true);

    // Its billing is a month and more of the daily pipeline, one recorded run a day up to today.
    const [ops] = await one<Record<string, number | string>>(
      demoId,
      sql`select (select count(*)::int from job_runs where trigger = 'seed' and status = 'done') as runs,
        (select count(distinct run_date)::int from job_runs) as days,
        (select max(run_date)::text from job_runs) as last_day,
        (select count(*)::int from invoices) as invoices,
        (select count(*)::int from payments) as payments,
        (select count(*)::int from adjustments where category = 'late_fee') as late_fees,
        (select count(*)::int from work_items where kind = 'disconnect') as disconnects,
        (select count(*)::int from work_items where kind = 'reconnect' and status = 'done') as reconnected,
        (select count(*)::int from outbox_messages where status <> 'logged') as not_logged`,
    );
    expect(ops!.runs).toBe(ops!.days);
    expect(ops!.days).toBeGreaterThanOrEqual(29);
    expect(ops!.last_day).toBe(tenantDate(new Date(), "Asia/Manila"));
    for (const key of ["invoices", "payments", "late_fees", "disconnects", "reconnected"]) expect(ops![key], key).toBeGreaterThan(0);
    // The demo never sends a message: everything is kept as logged.
    expect(ops!.not_logged).toBe(0);

    // Customers since their real join dates, over two years, not all "today".
    const [since] = await one<{ first: string; last: string; days: number; today: number }>(
      demoId,
      sql`select min(created_at)::date::text as first, max(created_at)::date::text as last, count(distinct created_at::date)::int as days,
        count(*) filter (where created_at::date = current_date)::int as today from customers`,
    );
    expect(since!.first < addDays(tenantDate(new Date(), "Asia/Manila"), -365)).toBe(true);
    expect(since!.days).toBeGreaterThan(100);
    expect(since!.today).toBeLessThan(10);
    const [joinAudit] = await one<{ spread: number }>(demoId, sql`select count(distinct created_at::date)::int as spread from audit_log where action = 'customer.create'`);
    expect(joinAudit!.spread).toBeGreaterThan(100);

    // Nobody is suspended or disconnected for not paying while owing nothing (a paid-up line waiting for its reconnection aside).
    const owingNothing = await one<{ account_no: string; status: string; reason: string }>(
      demoId,
      sql`select c.account_no, c.status, h.reason from customers c
        join customer_balances b on b.customer_id = c.id
        join lateral (select reason from customer_status_history h where h.customer_id = c.id order by h.created_at desc limit 1) h on true
        where b.balance <= 0 and c.status in ('suspended', 'disconnected')
          and (h.reason ilike '%unpaid%' or h.reason ilike '%non-payment%' or h.reason = 'Disconnected in the field'
            or exists (select 1 from subscriptions s where s.customer_id = c.id and s.suspension_cause = 'nonpayment'))
          and not exists (select 1 from work_items w where w.customer_id = c.id and w.kind = 'reconnect' and w.status = 'open')`,
    );
    expect(owingNothing).toEqual([]);
    const [carried] = await one<{ n: number }>(demoId, sql`select count(*)::int as n from adjustments where reason like 'Unpaid balance brought over%'`);
    expect(carried!.n).toBeGreaterThan(0);

    // Every kept balance is the ledger's, and the planner has statistics for what the seed wrote.
    const mismatched = await withTenantOn(db.app, demoId, async (tx) => {
      const kept = rowsOf<{ id: string; balance: string | number }>(await tx.execute(sql`select customer_id as id, balance from customer_balances`));
      const wrong: string[] = [];
      for (const k of kept) if (Number(k.balance) !== (await customerBalance(tx, k.id))) wrong.push(k.id);
      return { wrong, count: kept.length };
    });
    expect(mismatched).toEqual({ wrong: [], count: 300 });
    const [planned] = await one<{ n: number }>(demoId, sql`select reltuples::int as n from pg_class where oid = 'customers'::regclass`);
    expect(planned!.n).toBeGreaterThanOrEqual(300);

    // Its plant: one OLT, four PON ports, eight cabinets, forty boxes in Cagayan de Oro, the lines on them put there by
    // completed installations with a device and a reading each, a few flagged by the loss check, and stock on the shelf.
    type PlantCounts = Record<"olts" | "pons" | "lcps" | "naps" | "off_map" | "ports" | "in_use" | "jobs" | "jobs_off_port" | "flagged" | "unread" | "onus_installed" | "routers_installed" | "in_stock" | "odd_history" | "dead_lines" | "plant_audit", number>;
    const [plant] = await one<PlantCounts>(
      demoId,
      sql`select (select count(*)::int from olts) as olts, (select count(*)::int from pon_ports) as pons,
        (select count(*)::int from lcps) as lcps, (select count(*)::int from naps) as naps,
        (select count(*)::int from naps where latitude not between 8.45 and 8.50 or longitude not between 124.61 and 124.67) as off_map,
        (select count(*)::int from nap_ports) as ports,
        (select count(*)::int from nap_ports where state = 'in_use') as in_use,
        (select count(*)::int from field_jobs where kind = 'installation' and status = 'done') as jobs,
        (select count(*)::int from field_jobs j where not exists (select 1 from nap_ports p where p.id = j.nap_port_id and p.subscription_id = j.subscription_id and p.state = 'in_use')) as jobs_off_port,
        (select count(*)::int from field_jobs where signal_flag is not null) as flagged,
        (select count(*)::int from field_jobs where rx_power_dbm is null or expected_rx_dbm is null) as unread,
        (select count(*)::int from devices where status = 'installed' and kind = 'onu') as onus_installed,
        (select count(*)::int from devices where status = 'installed' and kind = 'router') as routers_installed,
        (select count(*)::int from devices where status = 'in_stock') as in_stock,
        (select count(*)::int from devices d where (select count(*) from device_movements m where m.device_id = d.id) <> case when d.status = 'installed' then 2 else 1 end) as odd_history,
        (select count(*)::int from nap_ports p join subscriptions s on s.id = p.subscription_id where p.state = 'in_use' and s.status not in ('active', 'suspended')) as dead_lines,
        (select count(*)::int from audit_log where action = 'plant.seed') as plant_audit`,
    );
    expect(plant).toMatchObject({ olts: 1, pons: 4, lcps: 8, naps: 40, off_map: 0, jobs_off_port: 0, unread: 0, odd_history: 0, dead_lines: 0, plant_audit: 1 });
    expect(plant!.in_use).toBe(plant!.jobs);
    expect(plant!.onus_installed).toBe(plant!.jobs);
    expect(plant!.jobs).toBeGreaterThan(80);
    expect(plant!.ports).toBeGreaterThan(plant!.in_use);
    expect(plant!.flagged).toBeGreaterThanOrEqual(2);
    expect(plant!.flagged).toBeLessThan(plant!.jobs / 10);
    expect(plant!.routers_installed).toBeGreaterThan(0);
    expect(plant!.in_stock).toBeGreaterThan(10);
  });

  it("fills a bench tenant set-based: numbered on from its counter, one audit row per fill, walled off", async () => {
    const made = await seedBulkCustomers(db, { slug: "bulk", name: "Bulk Fiber", count: 2000 });
    expect(made).toMatchObject({ created: true, added: 2000 });
    const filled = await seedBulkCustomers(db, { slug: "bulk", name: "Bulk Fiber", count: 500 });
    expect(filled).toMatchObject({ created: false, tenantId: made.tenantId, added: 500 });

    const [c] = await one<Record<string, number | string>>(
      made.tenantId,
      sql`select count(*)::int as customers, count(distinct account_no)::int as numbers, min(account_no) as first, max(account_no) as last,
        count(distinct status)::int as statuses, count(distinct barangay_id)::int as barangays,
        count(*) filter (where mobile !~ '^\\+639(17|18|19|2[0-9]|3[56]|4[57]|5[56]|6[167]|7[57]|9[589])[0-9]{7}$')::int as odd_mobiles,
        (select next_value from counters where series = 'customer')::int as next_number,
        (select count(*)::int from subscriptions) as subscriptions,
        (select count(*)::int from customer_status_history where reason = 'New customer') as first_history,
        (select count(*)::int from audit_log where action = 'customer.bulk_seed') as audit_rows
      from customers`,
    );
    expect(c).toMatchObject({ customers: 2500, numbers: 2500, first: "ACC-000001", last: "ACC-002500", statuses: 4, barangays: 80, odd_mobiles: 0, next_number: 2501, first_history: 2500, audit_rows: 2 });
    expect(Number(c!.subscriptions)).toBeGreaterThan(2300);
    expect(Number(c!.subscriptions)).toBeLessThan(2500);

    // A plant in proportion: one NAP per 16 customers (topped up by the second fill), 8 to an LCP, most lines on a port of their barangay.
    expect(made.plant).toMatchObject({ olts: 1 });
    const [p] = await one<{ naps: number; lcps: number; loose: number; most_on_lcp: number; ports: number; in_use: number; lines: number; elsewhere: number; audit_rows: number }>(
      made.tenantId,
      sql`select (select count(*)::int from naps) as naps, (select count(*)::int from lcps) as lcps, (select count(*)::int from naps where lcp_id is null) as loose,
        (select max(c)::int from (select count(*) as c from naps group by lcp_id) x) as most_on_lcp,
        (select count(*)::int from nap_ports) as ports,
        (select count(*)::int from nap_ports where state = 'in_use') as in_use,
        (select count(*)::int from subscriptions where status in ('active', 'suspended')) as lines,
        (select count(*)::int from nap_ports p join naps n on n.id = p.nap_id join subscriptions s on s.id = p.subscription_id join customers c on c.id = s.customer_id
          where c.barangay_id <> n.barangay_id) as elsewhere,
        (select count(*)::int from audit_log where action = 'plant.seed') as audit_rows`,
    );
    expect(p!.naps).toBeGreaterThanOrEqual(Math.ceil(2500 / 16));
    expect(p!.naps).toBeLessThan(2500 / 16 + 81);
    expect(p).toMatchObject({ lcps: Math.ceil(p!.naps / 8), loose: 0, most_on_lcp: 8, elsewhere: 0, audit_rows: 2 });
    expect(p!.in_use).toBeGreaterThan(p!.lines * 0.8);
    expect(p!.in_use).toBeLessThanOrEqual(p!.lines);

    // On the map: every customer placed (the top-up's too), a connected line's home within a drop cable's reach of its box.
    const [m] = await one<{ unplaced: number; far: number; premises: number; on_port: number }>(
      made.tenantId,
      sql`select (select count(*)::int from customers where latitude is null) as unplaced,
        (select count(*)::int from nap_ports p join naps n on n.id = p.nap_id join subscriptions s on s.id = p.subscription_id join customers c on c.id = s.customer_id
          where p.state = 'in_use' and (abs(c.latitude - n.latitude) > 0.0009 or abs(c.longitude - n.longitude) > 0.0009)) as far,
        (select count(*)::int from subscriptions where premises_latitude is not null) as premises,
        (select count(*)::int from nap_ports where state = 'in_use') as on_port`,
    );
    expect(m).toMatchObject({ unplaced: 0, far: 0 });
    expect(m!.premises).toBeGreaterThan(m!.on_port / 6);
    expect(m!.premises).toBeLessThan(m!.on_port / 3);
    const [seen] = await one<{ n: number }>(demoId, sql`select count(*)::int as n from customers where account_no > 'ACC-000300'`);
    expect(seen!.n).toBe(0);
  });
});
