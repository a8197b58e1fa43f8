import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nearbyNapsWithFreePorts } from "@/db/queries/free-ports";
import { napsWithFreePorts } from "@/db/queries/plant-details";
import { mapPointCard, mapSearch } from "@/db/queries/map";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { customerBalance, postPayment } from "@/lib/billing/payments";
import { executeBillingRun } from "@/lib/billing/run";
import type { Cluster, MapData, NapPoint, SubscriberPoint } from "@/lib/map/contract";
import { readQuery } from "@/lib/map/read-query";
import { freePortsQuery, loadMapView, mapViewQuery } from "@/lib/map/view";
import { declareOutage } from "@/lib/outages/declare";
import { loadBudget } from "@/lib/plant/budget";
import { estimatedDropLengthM, findFreePorts } from "@/lib/plant/free-ports";
import { expectedRxDbm } from "@/lib/plant/loss-check";
import { createLcp, setPortCondition } from "@/lib/plant/plant";
import { backends, type TestDatabase } from "../support/databases";
import { addCustomerAt, lineAtPort, napAt, portId, type Gps, type PlantCtx } from "../support/plant-lines";
import { actingAs, addPlantFixtures, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

// Both tenants' plant stands in the same box over Carmen and Lapasan (Cagayan de Oro).
const BOX = { south: "8.46", west: "124.63", north: "8.49", east: "124.66" };
const STREET = { ...BOX, zoom: "17" };
const CITY = { ...BOX, zoom: "11" };
const TODAY = "2026-12-31";
const NOW = new Date("2026-12-07T12:00:00+08:00");

// The free-port finder's point, 20 km from the box, and the NAPs around it (metres north and east of it).
const P: Gps = { lat: 8.6, lng: 124.8 };
const EARTH_RADIUS_M = 6_371_008.8;
const M_PER_DEGREE = (EARTH_RADIUS_M * Math.PI) / 180;
const FREE_PORT_NAPS = [
  { code: "P-FULL", north: -50, east: 0, ratio: 4, chain: true, fromLcpM: 100 }, // every port reserved
  { code: "P-DEAD", north: 0, east: -150, ratio: 4, chain: true, fromLcpM: 100 }, // every port faulty
  { code: "P-100", north: 102, east: 0, ratio: 8, chain: true, fromLcpM: 200 },
  { code: "P-250", north: 0, east: 247, ratio: 16, chain: false, fromLcpM: 0 }, // its LCP has no PON port recorded
  { code: "P-300", north: 303, east: 0, ratio: 4, chain: true, fromLcpM: 350 },
  { code: "P-1200", north: -1210, east: 0, ratio: 16, chain: true, fromLcpM: 900 },
  { code: "P-3000", north: 0, east: 2990, ratio: 8, chain: false, fromLcpM: 0 },
  { code: "P-12K", north: 0, east: -12_000, ratio: 8, chain: true, fromLcpM: 0 }, // past the widest search
] as const;
const FEEDER_M = 1500;

const round6 = (n: number) => Math.round(n * 1e6) / 1e6;
const offset = (p: Gps, northM: number, eastM: number): Gps => ({
  lat: round6(p.lat + northM / M_PER_DEGREE),
  lng: round6(p.lng + eastM / (M_PER_DEGREE * Math.cos((p.lat * Math.PI) / 180))),
});
function haversineM(a: Gps, b: Gps): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Layer<P> = { points: P[] } | { clusters: Cluster[] } | null;
function pointsOf<P>(layer: Layer<P>): P[] {
  if (!layer || !("points" in layer)) throw new Error(`expected points, got ${JSON.stringify(layer)}`);
  return layer.points;
}
function countOf(layer: Layer<unknown>): number {
  if (!layer || !("clusters" in layer)) throw new Error(`expected clusters, got ${JSON.stringify(layer)}`);
  for (const [lat, lng] of layer.clusters) expect(lat >= 8.46 && lat <= 8.49 && lng >= 124.63 && lng <= 124.66).toBe(true);
  return layer.clusters.reduce((sum, c) => sum + c[2], 0);
}
const idsOf = (points: readonly (readonly unknown[])[]) => points.map((p) => p[0] as string).sort();
const sorted = (ids: string[]) => [...ids].sort();

describe.each(backends)("map data and the free-port finder on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  const A: Record<string, string> = {};
  const B: Record<string, string> = {};
  const one = async <T>(tx: Tx, query: ReturnType<typeof sql>) => rowsOf<T>(await tx.execute(query))[0]!;
  const ctxOf = (tx: Tx, t: TestTenant): PlantCtx => ({ ...actingAs(tx, t), userId: t.ownerId });
  const view = async (t: TestTenant, query: Record<string, string>, today = TODAY): Promise<MapData> => {
    const q = readQuery(mapViewQuery, new URLSearchParams(query));
    if (!q.ok) throw new Error(q.error);
    return withTenantOn(db.app, t.tenantId, (tx) => loadMapView(tx, q.data, today));
  };
  const declareOn = (t: TestTenant, code: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      (await declareOutage({ ...ctxOf(tx, t), timeZone: "Asia/Manila", now: NOW }, t.tenantId, { targetKind: "nap", target: code, cause: "Cut drop cable", startedAt: "2026-12-07T08:00" })).id,
    );

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "map-alpha");
    b = await signUp(db.app, "map-bravo");
    // Each tenant: LCP-01 and NAP-01 at the same spot, and a line ("Shop") with premises GPS at NAP-01 port 3.
    const plantA = await addPlantFixtures(db.app, a, (await addSubscriberFixtures(db.app, a)).customerId);
    const plantB = await addPlantFixtures(db.app, b, (await addSubscriberFixtures(db.app, b)).customerId);
    Object.assign(A, { nap01: plantA.napId, shop: plantA.subscriptionId });
    Object.assign(B, { nap01: plantB.napId, shop: plantB.subscriptionId });

    await withTenantOn(db.app, a.tenantId, async (tx) => {
      const ctx = ctxOf(tx, a);
      A.carmen = (await one<{ id: string }>(tx, sql`select id from barangays where name = 'Carmen'`)).id;
      A.lapasan = (await createBarangay(ctx, a.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id;
      const plan = (await one<{ id: string }>(tx, sql`select id from plans order by name limit 1`)).id;
      const pon = (await one<{ id: string }>(tx, sql`select id from pon_ports`)).id;
      A.lcp01 = (await one<{ id: string }>(tx, sql`select id from lcps where code = 'LCP-01'`)).id;
      A.lcp02 = (await createLcp(ctx, a.tenantId, { code: "LCP-02", name: "", barangayId: A.lapasan, latitude: 8.47, longitude: 124.65, ponPortId: pon, splitterRatio: 16, feederLengthM: 1000, notes: "" })).id;
      const nap = (code: string, ratio: 4 | 8, gps: Gps, barangayId = A.carmen!) => napAt(ctx, a.tenantId, { code, lcpId: A.lcp02!, ratio, gps, barangayId });
      A.napFree = await nap("NAP-F", 8, { lat: 8.471, lng: 124.651 }, A.lapasan);
      A.napFew = await nap("NAP-W", 4, { lat: 8.472, lng: 124.652 });
      A.napFull = await nap("NAP-X", 4, { lat: 8.473, lng: 124.653 });
      A.napFaulty = await nap("NAP-Z", 8, { lat: 8.474, lng: 124.654 });
      A.napOutside = await nap("NAP-O", 8, { lat: 8.55, lng: 124.62 });
      await setPortCondition(ctx, await portId(tx, A.napFaulty, 5), "faulty", "Broken adapter");

      const customer = (firstName: string, gps?: Gps, barangayId = A.carmen!) => addCustomerAt(ctx, a.tenantId, { firstName, barangayId, gps });
      const line = (customerId: string, napId: string, port: number, state: "pending" | "active" | "suspended" | "cancelled", premises?: Gps) =>
        lineAtPort(ctx, a.tenantId, { customerId, planId: plan, napId, port, state, premises });
      // Pia has no premises GPS: her line is drawn at her home's. Oscar's home has none: his line at its premises.
      A.piaCustomer = await customer("Pia", { lat: 8.4731, lng: 124.6531 }, A.lapasan);
      A.oscarCustomer = await customer("Oscar");
      const sol = await customer("Sol", { lat: 8.4735, lng: 124.6535 });
      const wes = await customer("Wes", { lat: 8.4721, lng: 124.6521 });
      const cal = await customer("Cal", { lat: 8.4741, lng: 124.6541 });
      const otto = await customer("Otto", { lat: 8.5501, lng: 124.6201 });
      A.pia = await line(A.piaCustomer, A.napFull, 1, "active");
      A.oscar = await line(A.oscarCustomer, A.napFull, 2, "active", { lat: 8.4732, lng: 124.6532 });
      A.sol = await line(sol, A.napFull, 3, "suspended", { lat: 8.4733, lng: 124.6533 });
      A.wes1 = await line(wes, A.napFull, 4, "pending");
      A.wes2 = await line(wes, A.napFew, 1, "pending");
      A.wes3 = await line(wes, A.napFew, 2, "pending");
      A.cal = await line(cal, A.napFaulty, 1, "cancelled");
      A.otto = await line(otto, A.napOutside, 1, "pending");
      // One billing run; Pia pays hers, Oscar does not.
      await executeBillingRun(ctx, a.tenantId, "2026-03-01");
      const owed = await customerBalance(tx, A.piaCustomer);
      expect(owed).toBeGreaterThan(0);
      await postPayment(ctx, a.tenantId, { customerId: A.piaCustomer, amount: owed, method: "cash", paidOn: "2026-03-02" });

      // The free-port finder's plant: one LCP with its PON port recorded, one without.
      const chained = (await createLcp(ctx, a.tenantId, { code: "LCP-P1", name: "", latitude: P.lat, longitude: P.lng, ponPortId: pon, splitterRatio: 8, feederLengthM: FEEDER_M, notes: "" })).id;
      const unchained = (await createLcp(ctx, a.tenantId, { code: "LCP-P2", name: "", latitude: P.lat, longitude: P.lng, splitterRatio: 4, feederLengthM: 0, notes: "" })).id;
      for (const n of FREE_PORT_NAPS) {
        A[n.code] = await napAt(ctx, a.tenantId, { code: n.code, lcpId: n.chain ? chained : unchained, ratio: n.ratio, gps: offset(P, n.north, n.east), distanceFromLcpM: n.fromLcpM });
      }
      const quinn = await customer("Quinn");
      for (const port of [1, 2, 3, 4]) {
        await line(quinn, A["P-FULL"]!, port, "pending");
        await setPortCondition(ctx, await portId(tx, A["P-DEAD"]!, port), "faulty", "Water in the box");
      }
    });

    await withTenantOn(db.app, b.tenantId, async (tx) => {
      const ctx = ctxOf(tx, b);
      const carmen = (await one<{ id: string }>(tx, sql`select id from barangays where name = 'Carmen'`)).id;
      const plan = (await one<{ id: string }>(tx, sql`select id from plans order by name limit 1`)).id;
      B.lcp01 = (await one<{ id: string }>(tx, sql`select id from lcps where code = 'LCP-01'`)).id;
      B.napB2 = await napAt(ctx, b.tenantId, { code: "NAP-B2", lcpId: B.lcp01, ratio: 8, gps: { lat: 8.4725, lng: 124.6525 }, barangayId: carmen });
      // Bea lives where Pia lives; B's NAP-PB stands 20 m from the free-port finder's point.
      const bea = await addCustomerAt(ctx, b.tenantId, { firstName: "Bea", barangayId: carmen, gps: { lat: 8.4731, lng: 124.6531 } });
      B.bea = await lineAtPort(ctx, b.tenantId, { customerId: bea, planId: plan, napId: B.napB2, port: 1, state: "active" });
      B.napPB = await napAt(ctx, b.tenantId, { code: "NAP-PB", lcpId: B.lcp01, ratio: 8, gps: offset(P, 0, 20) });
    });
  });
  afterAll(async () => db?.drop());

  it("at street zoom shows only the tenant's LCPs, NAPs and lines in the box, each NAP and line in its state", async () => {
    const v = await view(a, STREET);
    expect(idsOf(pointsOf(v.lcps))).toEqual(sorted([A.lcp01!, A.lcp02!]));
    const naps = pointsOf<NapPoint>(v.naps);
    expect(idsOf(naps)).toEqual(sorted([A.nap01!, A.napFree!, A.napFew!, A.napFull!, A.napFaulty!]));
    // [code, free, ports, state]
    expect(Object.fromEntries(naps.map((n) => [n[3], [n[4], n[5], n[6]]]))).toEqual({
      "NAP-01": [7, 8, "free"],
      "NAP-F": [8, 8, "free"],
      "NAP-W": [2, 4, "few"],
      "NAP-X": [0, 4, "full"],
      "NAP-Z": [6, 8, "faulty"],
    });
    expect(naps.find((n) => n[0] === A.napFull)).toEqual([A.napFull, 8.473, 124.653, "NAP-X", 0, 4, "full", 8.47, 124.65]);
    expect(naps.find((n) => n[0] === A.nap01)?.slice(7)).toEqual([8.4771, 124.6411]);

    const subs = pointsOf<SubscriberPoint>(v.subscribers);
    expect(subs.map((s) => [s[0], s[3]]).sort()).toEqual(
      [[A.shop, "overdue"], [A.pia, "paid"], [A.oscar, "overdue"], [A.sol, "suspended"], [A.wes1, "waiting"], [A.wes2, "waiting"], [A.wes3, "waiting"]].sort(),
    );
    const at = Object.fromEntries(subs.map((s) => [s[0], s]));
    expect(at[A.pia!]).toEqual([A.pia, 8.4731, 124.6531, "paid", 8.473, 124.653, 0]);
    expect(at[A.oscar!]).toEqual([A.oscar, 8.4732, 124.6532, "overdue", 8.473, 124.653, 0]);
    expect(at[A.shop!]).toEqual([A.shop, 8.478, 124.6402, "overdue", 8.4779, 124.6405, 0]);
    // A reserved port is no connection yet: no line to a NAP is drawn.
    expect(at[A.wes1!]).toEqual([A.wes1, 8.4721, 124.6521, "waiting", null, null, 0]);

    // Tenant B, in the same box, sees its own and nothing of A's.
    const vb = await view(b, STREET);
    expect(idsOf(pointsOf(vb.lcps))).toEqual([B.lcp01]);
    expect(idsOf(pointsOf(vb.naps))).toEqual(sorted([B.nap01!, B.napB2!]));
    expect(idsOf(pointsOf(vb.subscribers))).toEqual(sorted([B.shop!, B.bea!]));
  });

  it("at city zoom clusters count only the tenant's points; a layer not asked for is left out", async () => {
    const v = await view(a, CITY);
    expect(v.zoom).toBe(11);
    expect([countOf(v.lcps), countOf(v.naps), countOf(v.subscribers)]).toEqual([2, 5, 7]);
    const vb = await view(b, CITY);
    expect([countOf(vb.lcps), countOf(vb.naps), countOf(vb.subscribers)]).toEqual([1, 2, 2]);
    // Each layer turns to points at its own zoom: LCPs from 12, NAPs from 15, lines from 16.
    const mid = await view(a, { ...BOX, zoom: "15" });
    expect([pointsOf(mid.lcps).length, pointsOf(mid.naps).length, countOf(mid.subscribers)]).toEqual([2, 5, 7]);
    expect(await view(a, { ...STREET, layers: "naps" })).toMatchObject({ lcps: null, subscribers: null, naps: { points: expect.any(Array) } });
    // Street zoom over a box no screen shows at that zoom (a hand-made URL): clusters, not every point.
    const huge = await view(a, { south: "5", west: "120", north: "12", east: "127", zoom: "19" });
    const total = (layer: unknown) => (layer as { clusters: [number, number, number][] }).clusters.reduce((sum, c) => sum + c[2], 0);
    expect([huge.lcps, huge.naps, huge.subscribers].every((layer) => layer !== null && "clusters" in layer)).toBe(true);
    expect(total(huge.naps)).toBeGreaterThanOrEqual(countOf(v.naps));
  });

  it("leaves out what is outside the box, and shows it in a box around it", async () => {
    const v = await view(a, STREET);
    expect(idsOf(pointsOf(v.naps))).not.toContain(A.napOutside);
    expect(idsOf(pointsOf(v.subscribers))).not.toContain(A.otto);
    const there = await view(a, { south: "8.54", north: "8.56", west: "124.61", east: "124.63", zoom: "17" });
    expect([idsOf(pointsOf(there.lcps)), idsOf(pointsOf(there.naps)), idsOf(pointsOf(there.subscribers))]).toEqual([[], [A.napOutside], [A.otto]]);
  });

  it("filters by barangay: the LCPs and NAPs standing in it and the lines of customers living in it", async () => {
    const v = await view(a, { ...STREET, barangay: A.lapasan! });
    expect([idsOf(pointsOf(v.lcps)), idsOf(pointsOf(v.naps)), idsOf(pointsOf(v.subscribers))]).toEqual([[A.lcp02], [A.napFree], [A.pia]]);
    const clustered = await view(a, { ...CITY, barangay: A.lapasan! });
    expect([countOf(clustered.lcps), countOf(clustered.naps), countOf(clustered.subscribers)]).toEqual([1, 1, 1]);
  });

  it("a line is overdue only once an open invoice is past its due date", async () => {
    const due = await withTenantOn(db.app, a.tenantId, async (tx) =>
      (await one<{ due: string }>(tx, sql`select min(due_date)::text as due from invoices where customer_id = ${A.oscarCustomer} and status in ('open', 'partially_paid')`)).due,
    );
    expect(due).toMatch(/^2026-0[23]-\d\d$/);
    const stateOn = async (today: string) => pointsOf<SubscriberPoint>((await view(a, STREET, today)).subscribers).find((s) => s[0] === A.oscar)?.[3];
    expect(await stateOn(due)).toBe("paid");
    const dayAfter = new Date(Date.parse(`${due}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(await stateOn(dayAfter)).toBe("overdue");
  });

  it("flags the lines an outage cut off when asked with ?outage, and none for another tenant's outage", async () => {
    const outageA = await declareOn(a, "NAP-X");
    const outageB = await declareOn(b, "NAP-B2");
    const flagged = async (t: TestTenant, outage: string) =>
      pointsOf<SubscriberPoint>((await view(t, { ...STREET, outage })).subscribers)
        .filter((s) => s[6] === 1)
        .map((s) => s[0])
        .sort();
    // At NAP-X: Pia and Oscar are cut off; Sol's suspended line and Wes's waiting one are not counted.
    expect(await flagged(a, outageA)).toEqual(sorted([A.pia!, A.oscar!]));
    expect(await flagged(a, outageB)).toEqual([]);
    expect(await flagged(b, outageB)).toEqual([B.bea]);
    expect(await flagged(b, outageA)).toEqual([]);
  });

  it("search and point cards answer with the tenant's own plant and lines only", async () => {
    const hits = await withTenantOn(db.app, a.tenantId, (tx) => mapSearch(tx, "nap-"));
    expect(hits.map((h) => h.id).sort()).toEqual(sorted([A.nap01!, A.napFree!, A.napFew!, A.napFull!, A.napFaulty!, A.napOutside!]));
    expect(await withTenantOn(db.app, b.tenantId, async (tx) => (await mapSearch(tx, "nap-b")).map((h) => h.id))).toEqual([B.napB2]);
    const card = (t: TestTenant, kind: "nap" | "lcp" | "subscriber", id: string) => withTenantOn(db.app, t.tenantId, (tx) => mapPointCard(tx, kind, id, TODAY));
    expect(await card(a, "nap", B.napB2!)).toBeNull();
    expect(await card(a, "subscriber", B.bea!)).toBeNull();
    expect(await card(a, "lcp", B.lcp01!)).toBeNull();
    expect(await card(a, "nap", A.napFull!)).toMatchObject({ code: "NAP-X", free: 0, ports: 4, faulty: 0, lcpCode: "LCP-02", barangay: "Carmen" });
    expect(await card(a, "subscriber", A.pia!)).toMatchObject({ customerId: A.piaCustomer, state: "paid", balance: 0, napCode: "NAP-X", portNumber: 1, lat: 8.4731, lng: 124.6531 });
    expect(await card(b, "subscriber", B.bea!)).toMatchObject({ state: "paid", napCode: "NAP-B2" });
  });

  it("refuses a malformed query string with a message, never a throw", () => {
    const read = (q: Record<string, string>) => readQuery(mapViewQuery, new URLSearchParams(q));
    const good = read(STREET);
    expect(good).toMatchObject({ ok: true, data: { south: 8.46, north: 8.49, zoom: 17, layers: ["lcps", "naps", "subscribers"] } });
    expect(read({ ...STREET, south: "eight" })).toEqual({ ok: false, error: expect.stringMatching(/^south: /) });
    expect(read({ ...STREET, east: "124.66abc" })).toEqual({ ok: false, error: expect.stringMatching(/^east: /) });
    expect(read({ ...STREET, south: "8.5", north: "8.4" })).toEqual({ ok: false, error: "query: The box's south-west corner comes before its north-east corner." });
    expect(read({ ...STREET, west: "124.7" })).toEqual({ ok: false, error: "query: The box's south-west corner comes before its north-east corner." });
    expect(read({ ...STREET, north: "91" })).toEqual({ ok: false, error: expect.stringMatching(/^north: /) });
    expect(read({ ...STREET, zoom: "40" })).toEqual({ ok: false, error: expect.stringMatching(/^zoom: /) });
    expect(read({ ...STREET, zoom: "16.5" })).toEqual({ ok: false, error: expect.stringMatching(/^zoom: /) });
    expect(read({ ...STREET, layers: "naps,roads" })).toEqual({ ok: false, error: expect.stringMatching(/^layers\.1: /) });
    expect(read({ ...STREET, barangay: "Carmen" })).toEqual({ ok: false, error: expect.stringMatching(/^barangay: /) });
    expect(read({ ...STREET, outage: "1 or 1=1" })).toEqual({ ok: false, error: expect.stringMatching(/^outage: /) });
    // A blank number is missing, not 0 (the equator).
    expect(read({ ...STREET, south: "" })).toEqual({ ok: false, error: expect.stringMatching(/^south: /) });
    expect(readQuery(freePortsQuery, new URLSearchParams({ lat: " ", lng: "124.8" }))).toEqual({ ok: false, error: expect.stringMatching(/^lat: /) });
    const noEast = Object.fromEntries(Object.entries(STREET).filter(([key]) => key !== "east"));
    expect(read(noEast)).toEqual({ ok: false, error: expect.stringMatching(/^east: /) });
  });

  it("ranks the NAPs with a free port nearest first, at their great-circle distance, with the drop and the signal to expect", async () => {
    const [found, budget] = await withTenantOn(db.app, a.tenantId, async (tx) => [await findFreePorts(tx, P), await loadBudget(tx)] as const);
    // The full NAP at 50 m and the one with only faulty ports are skipped; the one 12 km away is past the widest search.
    expect(found.map((c) => c.code)).toEqual(["P-100", "P-250", "P-300", "P-1200", "P-3000"]);
    for (const c of found) {
      const nap = FREE_PORT_NAPS.find((n) => n.code === c.code)!;
      const known = Math.hypot(nap.north, nap.east);
      const exact = haversineM(P, { lat: c.lat, lng: c.lng });
      expect(Math.abs(c.distanceM - known) / known).toBeLessThan(0.01);
      expect(c.distanceM).toBe(Math.round(exact));
      expect(c.dropLengthM).toBe(estimatedDropLengthM(exact));
      expect(c).toMatchObject({ napId: A[c.code], freePorts: nap.ratio, firstFreePortNumber: 1 });
      const chain = { txPowerDbm: 3, lcpRatio: 8, napRatio: nap.ratio, feederLengthM: FEEDER_M, distanceFromLcpM: nap.fromLcpM, dropLengthM: c.dropLengthM };
      expect(c.expectedRxDbm).toBe(nap.chain ? expectedRxDbm(chain, budget) : null);
    }
    expect(found[0]).toMatchObject({ distanceM: 102, dropLengthM: 145 });
  });

  it("widens the search from 500 m to 2 km to 10 km until it has enough NAPs", async () => {
    const codes = (limit: number) => withTenantOn(db.app, a.tenantId, async (tx) => (await findFreePorts(tx, P, limit)).map((c) => c.code));
    expect(await codes(3)).toEqual(["P-100", "P-250", "P-300"]);
    expect(await codes(4)).toEqual(["P-100", "P-250", "P-300", "P-1200"]);
    expect(await codes(5)).toEqual(["P-100", "P-250", "P-300", "P-1200", "P-3000"]);
    expect(await codes(20)).toEqual(["P-100", "P-250", "P-300", "P-1200", "P-3000"]);
    const within = (radiusM: number) => withTenantOn(db.app, a.tenantId, async (tx) => (await nearbyNapsWithFreePorts(tx, P, radiusM, 20)).map((n) => n.code));
    expect(await within(500)).toEqual(["P-100", "P-250", "P-300"]);
    expect(await within(2_000)).toEqual(["P-100", "P-250", "P-300", "P-1200"]);
  });

  it("puts the NAP chosen on the finder first in the installation form's choice of ports", async () => {
    const choices = (chosen: string | null) => withTenantOn(db.app, a.tenantId, async (tx) => (await napsWithFreePorts(tx, null, 40, chosen)).map((c) => c.napCode));
    const plain = await choices(null);
    expect(plain[0]).not.toBe("P-3000");
    expect((await choices(A["P-3000"]!))[0]).toBe("P-3000");
    // Another tenant's NAP id chooses nothing.
    expect(await choices(B.napPB!)).toEqual(plain);
  });

  it("never offers another tenant's NAP, even next to the point", async () => {
    const near = await withTenantOn(db.app, a.tenantId, (tx) => findFreePorts(tx, offset(P, 0, 20)));
    expect(near.map((c) => c.napId)).not.toContain(B.napPB);
    const forB = await withTenantOn(db.app, b.tenantId, (tx) => findFreePorts(tx, P));
    expect(forB.map((c) => [c.napId, c.distanceM])).toEqual([[B.napPB, 20]]);
    // B's chain is recorded (LCP-01 on PON 0/1/1): its signal is expected.
    expect(forB[0]?.expectedRxDbm).toEqual(expect.any(Number));
  });
});
