import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditEntityNames } from "@/db/queries/audit-names";
import { deviceCounts, deviceFilterOptions, deviceMovementsOf, getDevice, listDevices, type DeviceListQuery } from "@/db/queries/devices";
import { withTenantOn } from "@/db/with-tenant";
import { handToTechnician } from "@/lib/equipment/devices";
import { newestFirst } from "@/lib/equipment/history";
import { receiveDevices } from "@/lib/equipment/receive";
import { backends, type TestDatabase } from "../support/databases";
import { actingAs, addPlantFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const page: DeviceListQuery = { sort: "serial", dir: "asc", page: 1, pageSize: 50 };

/** The register's queries: search, filters, sorting, where each device is, counts, history, and the tenant wall. */
describe.each(backends)("equipment list on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let tech: string;
  let customerId: string;
  const list = (t: TestTenant, q: Partial<DeviceListQuery>) => withTenantOn(db.app, t.tenantId, (tx) => listDevices(tx, { ...page, ...q }));
  const serials = async (t: TestTenant, q: Partial<DeviceListQuery>) => (await list(t, q)).rows.map((r) => r.serialNumber);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "eqlist-a");
    b = await signUp(db.app, "eqlist-bravo");
    tech = await addStaff(db.app, a, "tech@eqlist-a.test", "Technician");
    customerId = (await addSubscriberFixtures(db.app, a)).customerId;
    await addPlantFixtures(db.app, a, customerId); // ZTEG80000001 installed, ZTEG80000002 in stock
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, a), userId: a.ownerId };
      const { ids } = await receiveDevices(ctx, a.tenantId, {
        kind: "router",
        brand: "TP-Link",
        model: "EX220",
        purchaseCost: 245000,
        devices: [
          { serialNumber: "TPL0001", mac: "9C:A2:F4:1B:22:0E" },
          { serialNumber: "TPL0002", mac: null },
        ],
        note: "",
      });
      await handToTechnician(ctx, a.tenantId, { id: ids[1]!, technicianId: tech, note: "" });
    });
    await withTenantOn(db.app, b.tenantId, async (tx) =>
      receiveDevices({ ...actingAs(tx, b), userId: b.ownerId }, b.tenantId, { kind: "router", brand: "TP-Link", model: "EX220", purchaseCost: null, devices: [{ serialNumber: "TPL0003", mac: null }], note: "" }),
    );
  });
  afterAll(async () => db?.drop());

  it("lists only this tenant's devices, with where each one is", async () => {
    const { rows, total } = await list(a, {});
    expect(total).toBe(4);
    expect(rows.map((r) => [r.serialNumber, r.status, r.technicianName, r.accountNo !== null])).toEqual([
      ["TPL0001", "in_stock", null, false],
      ["TPL0002", "with_technician", "Sam Staff", false],
      ["ZTEG80000001", "installed", null, true],
      ["ZTEG80000002", "in_stock", null, false],
    ]);
    const installed = rows.find((r) => r.status === "installed")!;
    expect(installed).toMatchObject({ customerId, customerName: "Juan Dela Cruz", subscriptionLabel: "Shop" });
    expect(installed.lastMovedAt).toBeInstanceOf(Date);
    expect(await serials(b, {})).toEqual(["TPL0003"]);
  });

  it.each([
    ["a serial, in any case", { q: "tpl0002" }, ["TPL0002"]],
    ["part of a MAC typed with dashes", { q: "1b-22-0e" }, ["TPL0001"]],
    ["a LIKE wildcard, literally", { q: "%" }, []],
    ["kind", { kind: "onu" as const }, ["ZTEG80000001", "ZTEG80000002"]],
    ["status", { status: "in_stock" as const }, ["TPL0001", "ZTEG80000002"]],
    ["technician", { technicianId: "" }, []],
    ["brand and model", { brand: "TP-Link", model: "EX220" }, ["TPL0001", "TPL0002"]],
  ])("filters by %s", async (_, q, expected) => {
    const query = "technicianId" in q ? { technicianId: tech } : q;
    expect(await serials(a, query)).toEqual("technicianId" in q ? ["TPL0002"] : expected);
  });

  it("sorts by cost with unknown costs last, and pages", async () => {
    expect(await serials(a, { sort: "cost", dir: "desc" })).toEqual(["TPL0001", "TPL0002", "ZTEG80000001", "ZTEG80000002"]);
    const second = await list(a, { pageSize: 3, page: 2 });
    expect([second.rows.map((r) => r.serialNumber), second.total]).toEqual([["ZTEG80000002"], 4]);
  });

  it("counts the register by what matters on the shelf", async () => {
    expect(await withTenantOn(db.app, a.tenantId, (tx) => deviceCounts(tx))).toEqual({ stockOnus: 1, stockRouters: 1, withTechnicians: 1, installed: 1, writtenOff: 0 });
  });

  it("offers the models and staff of this tenant only", async () => {
    const options = await withTenantOn(db.app, a.tenantId, (tx) => deviceFilterOptions(tx));
    expect(options.models).toEqual([
      { brand: "TP-Link", model: "EX220" },
      { brand: "ZTE", model: "F670L" },
    ]);
    expect(options.staff.map((s) => s.id).sort()).toEqual([a.ownerId, tech].sort());
  });

  it("reads a device with its line and port, and its history newest first; another tenant's is not found", async () => {
    const installed = (await list(a, { status: "installed" })).rows[0]!;
    const detail = await withTenantOn(db.app, a.tenantId, (tx) => getDevice(tx, { id: installed.id }));
    expect(detail).toMatchObject({ serialNumber: "ZTEG80000001", napCode: "NAP-01", portNumber: 3, planName: expect.any(String), openJobId: null });
    // Received and installed in one transaction (the fixture): the same instant, still in order.
    const history = newestFirst(await withTenantOn(db.app, a.tenantId, (tx) => deviceMovementsOf(tx, { deviceId: installed.id })));
    expect(history.map((m) => [m.fromStatus, m.toStatus, m.fieldJobKind, m.accountNo !== null])).toEqual([
      ["in_stock", "installed", "installation", true],
      [null, "in_stock", null, false],
    ]);
    expect(await withTenantOn(db.app, b.tenantId, (tx) => getDevice(tx, { id: installed.id }))).toBeNull();
    expect(await withTenantOn(db.app, b.tenantId, (tx) => deviceMovementsOf(tx, { deviceId: installed.id }))).toEqual([]);
  });

  it("names a device by its serial in the audit log, for this tenant only", async () => {
    const id = (await list(a, { q: "TPL0001" })).rows[0]!.id;
    const ref = [{ entityType: "device", entityId: id, changes: {} }];
    expect(await withTenantOn(db.app, a.tenantId, (tx) => auditEntityNames(tx, ref))).toEqual(new Map([[`device:${id}`, { label: "TPL0001" }]]));
    expect((await withTenantOn(db.app, b.tenantId, (tx) => auditEntityNames(tx, ref))).size).toBe(0);
  });
});
