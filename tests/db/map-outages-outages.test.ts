import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { declareOutageAction, resolveOutageAction } from "@/app/(tenant)/t/[tenant]/(app)/network/outages/actions";
import { affectedSubscriptions, getOutage, outageHistoryOfNap } from "@/db/queries/outages";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { prorate } from "@/lib/billing/rounding";
import { UserFacingError } from "@/lib/errors";
import { creditOutage } from "@/lib/outages/credits";
import { declareOutage } from "@/lib/outages/declare";
import { queueOutageMessages } from "@/lib/outages/messages";
import { resolveOutage } from "@/lib/outages/resolve";
import { saveOutageCreditHours } from "@/lib/outages/settings";
import { createLcp, createPonPort, deleteNap } from "@/lib/plant/plant";
import { localInputValue } from "@/lib/time/local-time";
import type { DeclareOutageInput, ResolveOutageInput } from "@/lib/validations/outages";
import { form, requestAs } from "../support/actions";
import { backends, type TestDatabase } from "../support/databases";
import { addCustomerAt, lineAtPort, napAt, type PlantCtx } from "../support/plant-lines";
import { actingAs, addPlantFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

type Row = Record<string, unknown>;
const DENIED = { ok: false, error: "You do not have permission to do that." };
const ZONE = "Asia/Manila";
// The domain calls run at a fixed instant: December has 31 days, so credits are shares of 31.
const NOW = new Date("2026-12-07T12:00:00+08:00");
const DECEMBER_DAYS = 31;

/**
 * A small known plant: PON 0/1/1 feeds LCP-01 (NAP-01, NAP-02) and LCP-02 (NAP-03); PON 0/1/2 feeds LCP-03 (NAP-04).
 *   NAP-01 (Carmen):  port 1 Ana active, 2 Ben suspended, 3 Juan "Shop" active, 4 Carla reserved, 5 Dan cancelled
 *   NAP-02 (Lapasan): port 1 Juan "Home 2" active, 2 Eve active
 *   NAP-03 (Lapasan): port 1 Fay active, 2 Gus reserved
 *   NAP-04 (none):    port 1 Hal active
 */
describe.each(backends)("outages on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  const A: Record<string, string> = {};
  const B: Record<string, string> = {};
  const O: Record<string, string> = {};
  const ctxOf = (tx: Tx, t: TestTenant): PlantCtx => ({ ...actingAs(tx, t), userId: t.ownerId });
  const q = async <T extends Row>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const inA = <T>(fn: (tx: Tx) => Promise<T>) => withTenantOn(db.app, a.tenantId, fn);
  const declare = (t: TestTenant, input: Omit<DeclareOutageInput, "cause">) =>
    withTenantOn(db.app, t.tenantId, (tx) => declareOutage({ ...ctxOf(tx, t), timeZone: ZONE, now: NOW }, t.tenantId, { cause: "Fibre cut by a backhoe", ...input }));
  const resolve = (t: TestTenant, input: ResolveOutageInput) => withTenantOn(db.app, t.tenantId, (tx) => resolveOutage({ ...ctxOf(tx, t), timeZone: ZONE, now: NOW }, t.tenantId, input));
  const linesOf = async (outageId: string) => (await q<{ id: string }>(a, sql`select subscription_id as id from outage_subscriptions where outage_id = ${outageId}`)).map((r) => r.id).sort();
  const outbox = (t: TestTenant, key: string, outageId: string) =>
    q<{ customer_id: string; channel: string; body: string }>(t, sql`select customer_id, channel, body from outbox_messages where template_key = ${key} and dedupe_key like ${`${key}:${outageId}:%`} order by customer_id`);
  const sorted = (ids: (string | undefined)[]) => (ids as string[]).slice().sort();
  const ago = (minutes: number) => localInputValue(new Date(Date.now() - minutes * 60_000), ZONE);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "out-alpha");
    b = await signUp(db.app, "out-bravo");
    A.juan = (await addSubscriberFixtures(db.app, a)).customerId;
    const plantA = await addPlantFixtures(db.app, a, A.juan);
    Object.assign(A, { nap01: plantA.napId, shop: plantA.subscriptionId });
    const plantB = await addPlantFixtures(db.app, b, (await addSubscriberFixtures(db.app, b)).customerId);
    Object.assign(B, { nap01: plantB.napId, shop: plantB.subscriptionId });

    await inA(async (tx) => {
      const ctx = ctxOf(tx, a);
      const [ids] = rowsOf<{ carmen: string; plan: string; olt: string; pon1: string; lcp01: string }>(
        await tx.execute(sql`select (select id from barangays) as carmen, (select id from plans order by name limit 1) as plan,
          (select id from olts) as olt, (select id from pon_ports) as pon1, (select id from lcps) as lcp01`),
      );
      const { carmen, plan, olt, pon1, lcp01 } = ids!;
      A.carmen = carmen;
      A.lapasan = (await createBarangay(ctx, a.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id;
      const pon2 = (await createPonPort(ctx, a.tenantId, { oltId: olt, label: "0/1/2", txPowerDbm: 3, notes: "" })).id;
      const lcp = (code: string, ponPortId: string) => createLcp(ctx, a.tenantId, { code, name: "", ponPortId, splitterRatio: 4, feederLengthM: 1000, notes: "" });
      const lcp02 = (await lcp("LCP-02", pon1)).id;
      const lcp03 = (await lcp("LCP-03", pon2)).id;
      A.nap02 = await napAt(ctx, a.tenantId, { code: "NAP-02", lcpId: lcp01, ratio: 8, gps: { lat: 8.479, lng: 124.642 }, barangayId: A.lapasan });
      A.nap03 = await napAt(ctx, a.tenantId, { code: "NAP-03", lcpId: lcp02, ratio: 8, gps: { lat: 8.48, lng: 124.643 }, barangayId: A.lapasan });
      A.nap04 = await napAt(ctx, a.tenantId, { code: "NAP-04", lcpId: lcp03, ratio: 8, gps: { lat: 8.481, lng: 124.644 } });
      const line = async (name: string, napId: string, port: number, state: "pending" | "active" | "suspended" | "cancelled") => {
        A[`${name}Customer`] = await addCustomerAt(ctx, a.tenantId, { firstName: name, barangayId: carmen });
        A[name] = await lineAtPort(ctx, a.tenantId, { customerId: A[`${name}Customer`]!, planId: plan, napId, port, state });
      };
      await line("ana", A.nap01!, 1, "active");
      await line("ben", A.nap01!, 2, "suspended");
      await line("carla", A.nap01!, 4, "pending");
      await line("dan", A.nap01!, 5, "cancelled");
      A.juan2 = await lineAtPort(ctx, a.tenantId, { customerId: A.juan!, planId: plan, napId: A.nap02, port: 1, state: "active", label: "Home 2" });
      await line("eve", A.nap02, 2, "active");
      await line("fay", A.nap03, 1, "active");
      await line("gus", A.nap03, 2, "pending");
      await line("hal", A.nap04, 1, "active");
    });
    // A code only tenant B has.
    await withTenantOn(db.app, b.tenantId, async (tx) => {
      const [lcp] = rowsOf<{ id: string }>(await tx.execute(sql`select id from lcps`));
      await napAt(ctxOf(tx, b), b.tenantId, { code: "NAP-B9", lcpId: lcp!.id, ratio: 8, gps: { lat: 8.479, lng: 124.642 } });
    });
  });
  afterAll(async () => db?.drop());

  it("declaring on a PON port, an LCP and a NAP records exactly the active lines at ports in use, and the NAPs with their barangay and count", async () => {
    const pon = await declare(a, { targetKind: "pon_port", target: "out-alpha olt 0/1/1", startedAt: "2026-12-05T06:00" });
    const lcp = await declare(a, { targetKind: "lcp", target: "lcp-02", startedAt: "2026-12-06T00:00" });
    const nap = await declare(a, { targetKind: "nap", target: " NAP-02 ", startedAt: "2026-12-06T08:00", expectedRestorationAt: "2026-12-06T18:00" });
    Object.assign(O, { pon: pon.id, lcp: lcp.id, nap: nap.id });
    expect(pon).toMatchObject({ number: "OUT-0001", naps: 3, subscriptions: 5, customers: 4, messages: 4 });
    expect(lcp).toMatchObject({ number: "OUT-0002", naps: 1, subscriptions: 1, customers: 1, messages: 1 });
    expect(nap).toMatchObject({ number: "OUT-0003", naps: 1, subscriptions: 2, customers: 2, messages: 2 });

    // Suspended, waiting (reserved port) and cancelled lines are not cut off; PON 0/1/2's NAP-04 is not behind it.
    expect(await linesOf(O.pon!)).toEqual(sorted([A.shop, A.ana, A.juan2, A.eve, A.fay]));
    expect(await linesOf(O.lcp!)).toEqual([A.fay]);
    expect(await linesOf(O.nap!)).toEqual(sorted([A.juan2, A.eve]));
    const napsOf = (id: string) => q(a, sql`select n.code, o.barangay_id, o.subscribers from outage_naps o join naps n on n.id = o.nap_id where o.outage_id = ${id} order by n.code`);
    expect(await napsOf(O.pon!)).toEqual([
      { code: "NAP-01", barangay_id: A.carmen, subscribers: 2 },
      { code: "NAP-02", barangay_id: A.lapasan, subscribers: 2 },
      { code: "NAP-03", barangay_id: A.lapasan, subscribers: 1 },
    ]);
    expect(await napsOf(O.lcp!)).toEqual([{ code: "NAP-03", barangay_id: A.lapasan, subscribers: 1 }]);
    expect(await napsOf(O.nap!)).toEqual([{ code: "NAP-02", barangay_id: A.lapasan, subscribers: 2 }]);

    // By NAP, then account number (Juan's is the tenant's first).
    const affected = await inA((tx) => affectedSubscriptions(tx, O.pon!));
    expect(affected.map((r) => [r.napCode, r.subscriptionId, r.barangay])).toEqual([
      ["NAP-01", A.shop, "Carmen"],
      ["NAP-01", A.ana, "Carmen"],
      ["NAP-02", A.juan2, "Carmen"],
      ["NAP-02", A.eve, "Carmen"],
      ["NAP-03", A.fay, "Carmen"],
    ]);

    expect(await inA((tx) => getOutage(tx, O.pon!))).toMatchObject({
      number: "OUT-0001", targetKind: "pon_port", targetLabel: "out-alpha OLT 0/1/1", cause: "Fibre cut by a backhoe",
      startedAt: new Date("2026-12-04T22:00:00Z"), resolvedAt: null, naps: 3, customers: 4, subscriptions: 5,
      messages: { outage: 4, restored: 0 }, credits: { count: 0, amount: 0 },
    });

    // One "outage" SMS per customer, Juan's two lines included.
    const told = await outbox(a, "outage", O.pon!);
    expect(told.map((m) => [m.customer_id, m.channel])).toEqual(sorted([A.juan, A.anaCustomer, A.eveCustomer, A.fayCustomer]).map((c) => [c, "sms"]));
    expect(told[0]?.body).toMatch(/since .*2026.*as soon as possible/);
    expect((await outbox(a, "outage", O.nap!)).map((m) => m.customer_id)).toEqual(sorted([A.juan, A.eveCustomer]));
    const audits = await q<{ entity_id: string }>(a, sql`select entity_id from audit_log where action = 'outage.declare'`);
    expect(audits.map((r) => r.entity_id).sort()).toEqual(sorted([O.pon, O.lcp, O.nap]));
  });

  it("declaring again on plant with an open outage is refused, queues nothing and takes no number", async () => {
    const counts = () => q(a, sql`select (select count(*)::int from outages) as outages, (select count(*)::int from outbox_messages) as messages`);
    const before = await counts();
    const again = declare(a, { targetKind: "nap", target: "nap-02", startedAt: "2026-12-06T09:00" });
    await expect(again).rejects.toBeInstanceOf(UserFacingError);
    await expect(again).rejects.toMatchObject({ message: "NAP-02 already has an open outage, OUT-0003. Resolve it before declaring another.", fieldErrors: { target: ["Already has an open outage."] } });
    await expect(declare(a, { targetKind: "pon_port", target: "out-alpha OLT 0/1/1", startedAt: "2026-12-06T09:00" })).rejects.toMatchObject({ fieldErrors: { target: ["Already has an open outage."] } });
    expect(await counts()).toEqual(before);
    expect(await q(a, sql`select next_value::int as next from counters where series = 'outage'`)).toEqual([{ next: 4 }]);
  });

  it("resolving twice queues 'service restored' once per customer and credits once per line: 30 hours past a 4-hour threshold is 2 days", async () => {
    await inA((tx) => saveOutageCreditHours(actingAs(tx, a), a.tenantId, 4));
    const customers = sorted([A.juan, A.anaCustomer, A.eveCustomer, A.fayCustomer]);
    const balances = async () => Object.fromEntries((await q<{ customer_id: string; balance: string }>(a, sql`select customer_id, balance from customer_balances`)).map((r) => [r.customer_id, Number(r.balance)]));
    const before = await balances();

    const input = { id: O.pon!, resolvedAt: "2026-12-06T12:00", resolution: "Spliced" };
    expect(await resolve(a, input)).toEqual({ number: "OUT-0001", messages: 4, credits: 5, creditDays: 2, alreadyResolved: false });
    expect(await resolve(a, input)).toEqual({ number: "OUT-0001", messages: 0, credits: 0, creditDays: 0, alreadyResolved: true });
    // A retry of either step on its own adds nothing: the dedupe key and the (outage, line) key hold.
    await inA(async (tx) => {
      expect(await queueOutageMessages(tx, a.tenantId, O.pon!, "service_restored", {})).toBe(0);
      expect(await creditOutage(tx, { tenantId: a.tenantId, outageId: O.pon!, outageNumber: "OUT-0001", today: "2026-12-07", userId: a.ownerId, days: 2 })).toEqual([]);
    });

    expect((await outbox(a, "service_restored", O.pon!)).map((m) => m.customer_id)).toEqual(customers);
    const credits = await q<{ id: string; subscription_id: string; customer_id: string; amount: string; fee: string; kind: string; category: string; invoice_id: string | null; effective_on: string; reason: string }>(
      a,
      sql`select a.id, a.subscription_id, a.customer_id, a.amount, pl.monthly_fee as fee, a.kind, a.category, a.invoice_id, a.effective_on::text, a.reason
        from adjustments a join subscriptions s on s.id = a.subscription_id join plans pl on pl.id = s.plan_id where a.outage_id = ${O.pon}`,
    );
    expect(credits.map((c) => c.subscription_id).sort()).toEqual(sorted([A.shop, A.ana, A.juan2, A.eve, A.fay]));
    for (const c of credits) {
      expect(Number(c.amount)).toBe(prorate(Number(c.fee), 2, DECEMBER_DAYS));
      expect(c).toMatchObject({ kind: "credit", category: "outage_credit", invoice_id: null, effective_on: "2026-12-07", reason: "Service credit: outage OUT-0001, 2 days without service" });
    }
    // Juan: one message, two credits; every balance drops by the customer's credits.
    expect(credits.filter((c) => c.customer_id === A.juan)).toHaveLength(2);
    const after = await balances();
    for (const customer of customers) {
      const credited = credits.filter((c) => c.customer_id === customer).reduce((s, c) => s + Number(c.amount), 0);
      expect(after[customer!]).toBe(before[customer!]! - credited);
    }

    expect(await q(a, sql`select count(*)::int as n from audit_log where action = 'outage.resolve' and entity_id = ${O.pon}`)).toEqual([{ n: 1 }]);
    const creditAudits = await q<{ entity_id: string }>(a, sql`select entity_id from audit_log where action = 'adjustment.credit'`);
    expect(creditAudits.map((r) => r.entity_id).sort()).toEqual(credits.map((c) => c.id).sort());
    expect(await inA((tx) => getOutage(tx, O.pon!))).toMatchObject({
      resolvedAt: new Date("2026-12-06T04:00:00Z"), resolution: "Spliced",
      messages: { outage: 4, restored: 4 }, credits: { count: 5, amount: credits.reduce((s, c) => s + Number(c.amount), 0) },
    });
  });

  it("an outage no longer than the threshold credits nothing but still says service is back; 10 hours is one day", async () => {
    expect(await resolve(a, { id: O.nap!, resolvedAt: "2026-12-06T11:00", resolution: "" })).toEqual({ number: "OUT-0003", messages: 2, credits: 0, creditDays: 0, alreadyResolved: false });
    expect(await q(a, sql`select id from adjustments where outage_id = ${O.nap}`)).toEqual([]);
    expect((await outbox(a, "service_restored", O.nap!)).map((m) => m.customer_id)).toEqual(sorted([A.juan, A.eveCustomer]));

    expect(await resolve(a, { id: O.lcp!, resolvedAt: "2026-12-06T10:00", resolution: "" })).toMatchObject({ messages: 1, credits: 1, creditDays: 1 });
    const [fay] = await q<{ amount: string; fee: string }>(a, sql`select a.amount, pl.monthly_fee as fee from adjustments a join subscriptions s on s.id = a.subscription_id join plans pl on pl.id = s.plan_id where a.outage_id = ${O.lcp}`);
    expect(Number(fay!.amount)).toBe(prorate(Number(fay!.fee), 1, DECEMBER_DAYS));
  });

  it("through the actions: a user without network.manage is refused, another tenant's outage or plant is not found, and nothing changes", async () => {
    const cashier = await addStaff(db.app, a, "cashier@out-alpha.test", "Cashier");
    const as = (t: TestTenant, userId: string) => requestAs(db.app, t, userId);
    const counts = (t: TestTenant) => q(t, sql`select (select count(*)::int from outages) as outages, (select count(*)::int from outages where resolved_at is null) as open, (select count(*)::int from outbox_messages) as messages`);

    const declaredB = await declareOutageAction.runWith(await as(b, b.ownerId), form({ targetKind: "nap", target: "NAP-01", cause: "Pole down", startedAt: ago(90) }));
    expect(declaredB).toMatchObject({ ok: true, data: { redirectTo: expect.stringMatching(/^\/network\/outages\/[0-9a-f-]{36}$/) } });
    const outageB = (declaredB as { data: { redirectTo: string } }).data.redirectTo.split("/").pop()!;
    const [beforeA, beforeB] = [await counts(a), await counts(b)];

    const nap04 = { targetKind: "nap", target: "NAP-04", cause: "Box flooded", startedAt: ago(120) };
    expect(await declareOutageAction.runWith(await as(a, cashier), form(nap04))).toMatchObject(DENIED);
    expect(await resolveOutageAction.runWith(await as(a, a.ownerId), form({ id: outageB, resolvedAt: ago(10), resolution: "Not ours" }))).toMatchObject({ ok: false, error: "That outage was not found." });
    expect(await declareOutageAction.runWith(await as(a, a.ownerId), form({ ...nap04, target: "NAP-B9" }))).toMatchObject({ ok: false, fieldErrors: { target: ["No NAP with this code."] } });
    expect([await counts(a), await counts(b)]).toEqual([beforeA, beforeB]);
    expect(await q(b, sql`select resolved_at, resolution from outages where id = ${outageB}`)).toEqual([{ resolved_at: null, resolution: "" }]);

    // Two offices declare NAP-04 at once: one outage, one refusal. The cashier may not resolve it; two resolves at once send once.
    const declared = await Promise.all([1, 2].map(async () => declareOutageAction.runWith(await as(a, a.ownerId), form(nap04))));
    expect(declared.filter((r) => r.ok)).toHaveLength(1);
    expect(declared.find((r) => !r.ok)).toMatchObject({ ok: false, fieldErrors: { target: ["Already has an open outage."] } });
    const id = (declared.find((r) => r.ok) as { data: { redirectTo: string } }).data.redirectTo.split("/").pop()!;
    const resolution = () => form({ id, resolvedAt: ago(60), resolution: "Box replaced" });
    expect(await resolveOutageAction.runWith(await as(a, cashier), resolution())).toMatchObject(DENIED);
    const resolved = await Promise.all([1, 2].map(async () => resolveOutageAction.runWith(await as(a, a.ownerId), resolution())));
    expect(resolved.map((r) => (r.ok ? r.data.message : r.error)).sort()).toEqual(['OUT-0004 resolved. 1 "service restored" message queued.', "OUT-0004 was already resolved; nothing was sent again."]);
    expect((await outbox(a, "outage", id)).map((m) => m.customer_id)).toEqual([A.halCustomer]);
    expect((await outbox(a, "service_restored", id)).map((m) => m.customer_id)).toEqual([A.halCustomer]);
    expect(await q(a, sql`select user_id from audit_log where action in ('outage.declare', 'outage.resolve') and entity_id = ${id}`)).toEqual([{ user_id: a.ownerId }, { user_id: a.ownerId }]);
  });

  it("keeps each NAP's and barangay's outage history: how many, how long, how many subscribers", async () => {
    const history = (napId: string) => inA((tx) => outageHistoryOfNap(tx, napId));
    const nap02 = await history(A.nap02!);
    // NAP-02: the PON outage (30 h, 2 lines) and its own (3 h, 2 lines). Lapasan adds the LCP-02 outage at NAP-03 (10 h, 1 line)
    // and NAP-03's line in the PON outage, whose hours count once.
    expect(nap02.nap).toEqual({ outages: 2, hours: 33, subscribers: 4 });
    expect(nap02.barangay).toEqual({ name: "Lapasan", outages: 3, hours: 43, subscribers: 6 });
    expect(nap02.recent.map((o) => [o.number, o.subscriptions])).toEqual([["OUT-0003", 2], ["OUT-0001", 5]]);
    expect((await history(A.nap01!)).nap).toEqual({ outages: 1, hours: 30, subscribers: 2 });
    expect((await history(A.nap01!)).barangay).toEqual({ name: "Carmen", outages: 1, hours: 30, subscribers: 2 });
    expect(await history(A.nap04!)).toMatchObject({ nap: { outages: 1, hours: 1, subscribers: 1 }, barangay: null });
    // Another tenant's NAP, which has an open outage of its own, shows nothing.
    expect(await history(B.nap01!)).toEqual({ nap: { outages: 0, hours: 0, subscribers: 0 }, barangay: null, recent: [] });
  });

  it("keeps a NAP that outages cut off: deleting it would rewrite their history (the app says so, the foreign key agrees)", async () => {
    const [{ lcp_id: lcpId } = { lcp_id: "" }] = await q<{ lcp_id: string }>(a, sql`select lcp_id from naps where id = ${A.nap04!}`);
    const napId = await inA((tx) => napAt(ctxOf(tx, a), a.tenantId, { code: "NAP-09", lcpId, ratio: 4, gps: { lat: 8.482, lng: 124.645 } }));
    const outage = await declare(a, { targetKind: "nap", target: "NAP-09", startedAt: "2026-12-05T08:00", expectedRestorationAt: undefined });
    await resolve(a, { id: outage.id, resolvedAt: "2026-12-05T09:00", resolution: "" });
    await expect(inA((tx) => deleteNap(ctxOf(tx, a), napId))).rejects.toThrow(/part of 1 recorded outage; it is kept/);
    await expect(inA((tx) => tx.execute(sql`delete from naps where id = ${napId}`))).rejects.toThrow();
    expect(await q(a, sql`select 1 from outage_naps where nap_id = ${napId}`)).toHaveLength(1);
  });
});
