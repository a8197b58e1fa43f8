import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { napPortRows, napsWithFreePorts } from "@/db/queries/plant-details";
import { listLcps, listNaps, plantTotals, utilisationByBarangay, utilisationByPonPort } from "@/db/queries/plant-lists";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createNap } from "@/lib/plant/plant";
import { setPortCondition } from "@/lib/plant/plant";
import { napListSchema } from "@/lib/validations/plant-list";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, addPlantFixtures, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

describe.each(backends)("plant lists on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let carmen: string;
  let lapasan: string;
  const inA = <T>(fn: Parameters<typeof withTenantOn<T>>[2]) => withTenantOn(db.app, a.tenantId, fn);
  const state = (q: Record<string, string>) => napListSchema.parse(q);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "lists-alpha");
    b = await signUp(db.app, "lists-bravo");
    const plantA = await addPlantFixtures(db.app, a, (await addSubscriberFixtures(db.app, a)).customerId);
    await addPlantFixtures(db.app, b, (await addSubscriberFixtures(db.app, b)).customerId);
    // NAP-01 (1:8, port 3 in use) is in Carmen; add NAP-02 (1:4) in Carmen with a faulty port and NAP-03 (1:16) in Lapasan.
    await inA(async (tx) => {
      const ctx = actingAs(tx, a);
      const [lcp] = rowsOf<{ id: string; barangay_id: string }>(await tx.execute(sql`select id, barangay_id from lcps`));
      carmen = lcp!.barangay_id;
      lapasan = (await createBarangay(ctx, a.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id;
      const two = await createNap(ctx, a.tenantId, { code: "NAP-02", name: "", lcpId: lcp!.id, barangayId: carmen, poleNumber: "", splitterRatio: 4, distanceFromLcpM: 0, notes: "" });
      await createNap(ctx, a.tenantId, { code: "NAP-03", name: "", lcpId: lcp!.id, barangayId: lapasan, poleNumber: "", splitterRatio: 16, distanceFromLcpM: 0, notes: "" });
      const [port] = rowsOf<{ id: string }>(await tx.execute(sql`select id from nap_ports where nap_id = ${two.id} and port_number = 2`));
      await setPortCondition(ctx, port!.id, "faulty", "Broken adapter");
    });
    expect(plantA.napId).toBeTruthy();
  });
  afterAll(async () => db?.drop());

  it("counts each NAP's ports by state and sorts by free ports", async () => {
    const list = await inA((tx) => listNaps(tx, state({ sort: "free", dir: "desc" })));
    expect(list.total).toBe(3);
    expect(list.rows.map((r) => [r.code, r.total, r.inUse, r.faulty, r.free])).toEqual([
      ["NAP-03", 16, 0, 0, 16],
      ["NAP-01", 8, 1, 0, 7],
      ["NAP-02", 4, 0, 1, 3],
    ]);
  });

  it("filters by barangay, LCP, utilisation and search", async () => {
    const codes = async (q: Record<string, string>) => (await inA((tx) => listNaps(tx, state(q)))).rows.map((r) => r.code);
    expect(await codes({ barangay: carmen })).toEqual(["NAP-01", "NAP-02"]);
    expect(await codes({ barangay: lapasan, utilisation: "has_free" })).toEqual(["NAP-03"]);
    expect(await codes({ utilisation: "faulty" })).toEqual(["NAP-02"]);
    expect(await codes({ utilisation: "full" })).toEqual([]);
    expect(await codes({ q: "03" })).toEqual(["NAP-03"]);
    expect(await codes({ q: "%" })).toEqual([]);
  });

  it("rolls utilisation up per LCP, PON port and barangay, and totals the plant", async () => {
    const lcps = await inA((tx) => listLcps(tx, { sort: "code", dir: "asc", page: 1, size: 50 }));
    expect(lcps.rows.map((r) => [r.code, r.naps, r.total, r.inUse, r.free])).toEqual([["LCP-01", 3, 28, 1, 26]]);
    const pon = await inA((tx) => utilisationByPonPort(tx));
    expect(pon.map((r) => [r.label, r.lcps, r.naps, r.total, r.inUse])).toEqual([["0/1/1", 1, 3, 28, 1]]);
    const byBarangay = await inA((tx) => utilisationByBarangay(tx));
    expect(byBarangay.map((r) => [r.name, r.naps, r.total, r.inUse, r.faulty])).toEqual([
      ["Carmen", 2, 12, 1, 1],
      ["Lapasan", 1, 16, 0, 0],
    ]);
    expect(await inA((tx) => plantTotals(tx))).toMatchObject({ olts: 1, ponPorts: 1, lcps: 1, naps: 3, total: 28, inUse: 1, faulty: 1, free: 26 });
  });

  it("lists a NAP's ports with the subscriber and reading on the connected one", async () => {
    const [nap] = await inA(async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from naps where code = 'NAP-01'`)));
    const ports = await inA((tx) => napPortRows(tx, nap!.id));
    expect(ports).toHaveLength(8);
    expect(ports[2]).toMatchObject({ portNumber: 3, state: "in_use", customerName: "Juan Dela Cruz", rxPowerDbm: -19.5, signalFlag: null });
    expect(ports.filter((p) => p.customerId)).toHaveLength(1);
  });

  it("suggests NAPs with free ports, the customer's barangay first", async () => {
    const choices = await inA((tx) => napsWithFreePorts(tx, lapasan));
    expect(choices.map((c) => [c.napCode, c.sameBarangay, c.free])).toEqual([
      ["NAP-03", true, 16],
      ["NAP-01", false, 7],
      ["NAP-02", false, 3],
    ]);
    expect(choices[1]!.ports.map((p) => p.portNumber)).toEqual([1, 2, 4, 5, 6, 7, 8]);
  });

  it("sees none of another tenant's plant", async () => {
    const list = await withTenantOn(db.app, b.tenantId, (tx) => listNaps(tx, state({})));
    expect(list.rows.map((r) => r.code)).toEqual(["NAP-01"]);
    expect(await withTenantOn(db.app, b.tenantId, (tx) => napsWithFreePorts(tx, lapasan))).toHaveLength(1);
  });
});
