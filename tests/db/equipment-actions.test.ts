import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  handToTechnicianAction,
  receiveDevicesAction,
  returnToStockAction,
  updateDeviceAction,
  writeOffAction,
} from "@/app/(tenant)/t/[tenant]/(app)/network/equipment/actions";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { scheduleFieldJob } from "@/lib/field-jobs/schedule";
import { addSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addPlantFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const DENIED = { ok: false, error: "You do not have permission to do that.", fieldErrors: {} };
const NOT_FOUND = { ok: false, error: "That device was not found." };
type Device = { id: string; serial: string; mac: string | null; status: string; technicianId: string | null; subscriptionId: string | null; brand: string; model: string; cost: number | null; notes: string };

/** Every equipment server action end to end below Next.js: validation, permission, tenant wall, movements and audit. */
describe.each(backends)("equipment actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let techA: string;
  let techB: string;
  let customerA: string;

  const query = <T,>(t: TestTenant, q: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(q)));
  const deviceBy = async (t: TestTenant, where: ReturnType<typeof sql>) =>
    (
      await query<Device>(
        t,
        sql`select id, serial_number as serial, mac, status, technician_id as "technicianId", subscription_id as "subscriptionId", brand, model, purchase_cost::int as cost, notes from devices where ${where}`,
      )
    )[0];
  const device = (t: TestTenant, serial: string) => deviceBy(t, sql`serial_number = ${serial}`);
  const deviceCount = async (t: TestTenant) => (await query<{ n: number }>(t, sql`select count(*)::int as n from devices`))[0]!.n;
  const movements = (t: TestTenant, deviceId: string) =>
    query<{ from: string | null; to: string; technicianId: string | null; note: string; movedBy: string | null }>(
      t,
      sql`select from_status as "from", to_status as "to", technician_id as "technicianId", note, moved_by as "movedBy" from device_movements where device_id = ${deviceId} order by created_at, id`,
    );
  const audits = (t: TestTenant, action: string, entityId?: string) =>
    query<{ changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } }>(
      t,
      sql`select changes from audit_log where action = ${action} ${entityId ? sql`and entity_id = ${entityId}` : sql``} order by created_at`,
    );
  const owner = (t: TestTenant) => requestAs(db.app, t, t.ownerId);
  // addPlantFixtures' devices: the first is installed on a line, the second in stock.
  const installedSerial = (t: TestTenant) => `ZTEG${t.slug.length}0000001`;
  const stockSerial = (t: TestTenant) => `ZTEG${t.slug.length}0000002`;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "equip-alpha");
    b = await signUp(db.app, "equip-bravo-isp");
    cashierA = await addStaff(db.app, a, "cashier@equip-alpha.test", "Cashier");
    techA = await addStaff(db.app, a, "tech@equip-alpha.test", "Technician");
    techB = await addStaff(db.app, b, "tech@equip-bravo.test", "Technician");
    customerA = (await addSubscriberFixtures(db.app, a)).customerId;
    await addPlantFixtures(db.app, a, customerA);
    await addPlantFixtures(db.app, b, (await addSubscriberFixtures(db.app, b)).customerId);
  });
  afterAll(async () => db?.drop());

  describe("receive", () => {
    it("receives every pasted serial into stock with a movement each and one audit row, and leads to the new stock", async () => {
      const result = await receiveDevicesAction.runWith(
        await owner(a),
        form({ kind: "onu", brand: "Huawei", model: "HG8145V5", purchaseCost: "1,850.50", serials: "hwtc0000a001, 9c-a2-f4-1b-22-01\n\nHWTC0000A002 9CA2F41B2202\nHWTC0000A003\n", note: "" }),
      );
      expect(result).toEqual({ ok: true, data: { redirectTo: "/network/equipment?status=in_stock&kind=onu&received=3" } });
      const first = await device(a, "HWTC0000A001");
      expect(first).toMatchObject({ mac: "9C:A2:F4:1B:22:01", status: "in_stock", brand: "Huawei", model: "HG8145V5", cost: 185050 });
      expect((await device(a, "HWTC0000A002"))?.mac).toBe("9C:A2:F4:1B:22:02");
      expect((await device(a, "HWTC0000A003"))?.mac).toBeNull();
      expect(await movements(a, first!.id)).toEqual([{ from: null, to: "in_stock", technicianId: null, note: "Received", movedBy: a.ownerId }]);
      const [audit] = await audits(a, "device.receive").then((rows) => rows.slice(-1));
      expect(audit!.changes.after).toMatchObject({ kind: "onu", count: 3, serials: ["HWTC0000A001", "HWTC0000A002", "HWTC0000A003"] });
    });

    it("names each bad line under the serials field, with the other fields' errors, and saves nothing", async () => {
      const before = await deviceCount(a);
      const result = await receiveDevicesAction.runWith(
        await owner(a),
        form({ kind: "modem", brand: "ZTE", model: "F670L", purchaseCost: "abc", serials: "ZTEGOK000001\nab\nZTEGOK000002,9C:A2\nzteGOK000001", note: "" }),
      );
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: {
          kind: ["Choose ONU or router."],
          purchaseCost: ["Enter the cost in pesos, like 1,800 or 1800.50."],
          serials: [
            "Line 2: “ab” is not a serial number: use 3 to 40 letters, digits, dots, dashes or slashes.",
            "Line 3: “9C:A2” is not a MAC address: write six pairs of hex digits, like 9C:A2:F4:1B:22:0E.",
            "Line 4: ZTEGOK000001 is already on line 1.",
          ],
        },
      });
      expect(await deviceCount(a)).toBe(before);
    });

    it("asks for at least one serial", async () => {
      const result = await receiveDevicesAction.runWith(await owner(a), form({ kind: "router", brand: "", model: "", purchaseCost: "", serials: " \n ", note: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { serials: ["Paste or scan at least one serial number."] } });
    });

    it("refuses a delivery holding a serial already in the register, receiving none of it", async () => {
      const before = await deviceCount(a);
      const result = await receiveDevicesAction.runWith(await owner(a), form({ kind: "onu", brand: "ZTE", model: "F670L", purchaseCost: "", serials: `ZTEGNEW00001\n${stockSerial(a).toLowerCase()}\nZTEGNEW00002`, note: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { serials: [expect.stringContaining(`Already in the register: ${stockSerial(a)}`)] } });
      expect(await deviceCount(a)).toBe(before);
      expect(await device(a, "ZTEGNEW00001")).toBeUndefined();
    });

    it("refuses a delivery holding a MAC already in the register, receiving none of it", async () => {
      const before = await deviceCount(a);
      const result = await receiveDevicesAction.runWith(await owner(a), form({ kind: "router", brand: "TP-Link", model: "EX220", purchaseCost: "", serials: "TPLNEW000001\nTPLNEW000002,9c:a2:f4:1b:22:01", note: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { serials: [expect.stringContaining("9C:A2:F4:1B:22:01")] } });
      expect(await deviceCount(a)).toBe(before);
    });

    it("lets another tenant receive the same serials and MACs", async () => {
      const result = await receiveDevicesAction.runWith(await owner(b), form({ kind: "onu", brand: "Huawei", model: "HG8145V5", purchaseCost: "", serials: "HWTC0000A001,9C:A2:F4:1B:22:01", note: "" }));
      expect(result.ok).toBe(true);
    });

    it("refuses a cashier, who lacks network.manage", async () => {
      const before = await deviceCount(a);
      const result = await receiveDevicesAction.runWith(await requestAs(db.app, a, cashierA), form({ kind: "onu", brand: "", model: "", purchaseCost: "", serials: "CASHIER00001", note: "" }));
      expect(result).toEqual(DENIED);
      expect(await deviceCount(a)).toBe(before);
    });
  });

  describe("hand to a technician and take back", () => {
    it("hands a device in stock to an active technician, with a movement and an audit row", async () => {
      const d = (await device(a, "HWTC0000A001"))!;
      const result = await handToTechnicianAction.runWith(await owner(a), form({ id: d.id, technicianId: techA, note: "For Monday's installs" }));
      expect(result).toEqual({ ok: true, data: { message: "Handed to the technician." } });
      expect(await device(a, "HWTC0000A001")).toMatchObject({ status: "with_technician", technicianId: techA });
      expect((await movements(a, d.id)).at(-1)).toEqual({ from: "in_stock", to: "with_technician", technicianId: techA, note: "For Monday's installs", movedBy: a.ownerId });
      expect(await audits(a, "device.hand_over", d.id)).toEqual([
        { changes: { before: { status: "in_stock", technicianId: null }, after: { status: "with_technician", technicianId: techA, technicianName: "Sam Staff", note: "For Monday's installs" } } },
      ]);
    });

    it("refuses handing it to the technician who has it, and to another tenant's staff", async () => {
      const d = (await device(a, "HWTC0000A001"))!;
      expect(await handToTechnicianAction.runWith(await owner(a), form({ id: d.id, technicianId: techA, note: "" }))).toMatchObject({ ok: false, fieldErrors: { technicianId: ["Already has this device."] } });
      expect(await handToTechnicianAction.runWith(await owner(a), form({ id: d.id, technicianId: techB, note: "" }))).toMatchObject({ ok: false, fieldErrors: { technicianId: ["Choose an active staff member."] } });
      expect(await handToTechnicianAction.runWith(await owner(a), form({ id: d.id, technicianId: "", note: "" }))).toMatchObject({ ok: false, fieldErrors: { technicianId: ["Choose a technician from the list."] } });
      expect(await device(a, "HWTC0000A001")).toMatchObject({ status: "with_technician", technicianId: techA });
      expect(await audits(a, "device.hand_over", d.id)).toHaveLength(1);
    });

    it("takes it back to stock, with a movement naming who had it", async () => {
      const d = (await device(a, "HWTC0000A001"))!;
      const result = await returnToStockAction.runWith(await owner(a), form({ id: d.id, note: "" }));
      expect(result).toEqual({ ok: true, data: { message: "Back in stock." } });
      expect(await device(a, "HWTC0000A001")).toMatchObject({ status: "in_stock", technicianId: null });
      expect((await movements(a, d.id)).at(-1)).toMatchObject({ from: "with_technician", to: "in_stock", technicianId: techA });
      expect(await audits(a, "device.return_to_stock", d.id)).toHaveLength(1);
      expect(await returnToStockAction.runWith(await owner(a), form({ id: d.id, note: "" }))).toMatchObject({ ok: false, error: "HWTC0000A001 is already in stock." });
    });

    it("never moves an installed device: only a job takes it off its line", async () => {
      const d = (await device(a, installedSerial(a)))!;
      expect(d.status).toBe("installed");
      const refused = { ok: false, error: `${installedSerial(a)} is installed at a subscriber. Only a pull-out or device swap job takes it off the line.` };
      expect(await handToTechnicianAction.runWith(await owner(a), form({ id: d.id, technicianId: techA, note: "" }))).toMatchObject(refused);
      expect(await returnToStockAction.runWith(await owner(a), form({ id: d.id, note: "" }))).toMatchObject(refused);
      expect(await writeOffAction.runWith(await owner(a), form({ id: d.id, status: "lost", note: "Typhoon" }))).toMatchObject(refused);
      expect(await device(a, installedSerial(a))).toMatchObject({ status: "installed", subscriptionId: d.subscriptionId });
      expect(await movements(a, d.id)).toHaveLength(2); // received, installed
    });

    it("refuses a cashier", async () => {
      const d = (await device(a, "HWTC0000A002"))!;
      expect(await handToTechnicianAction.runWith(await requestAs(db.app, a, cashierA), form({ id: d.id, technicianId: techA, note: "" }))).toEqual(DENIED);
      expect(await returnToStockAction.runWith(await requestAs(db.app, a, cashierA), form({ id: d.id, note: "" }))).toEqual(DENIED);
      expect(await device(a, "HWTC0000A002")).toMatchObject({ status: "in_stock" });
    });

    it("answers not found for another tenant's device and changes nothing", async () => {
      const theirs = (await device(b, stockSerial(b)))!;
      expect(await handToTechnicianAction.runWith(await owner(a), form({ id: theirs.id, technicianId: techA, note: "" }))).toMatchObject(NOT_FOUND);
      expect(await returnToStockAction.runWith(await owner(a), form({ id: theirs.id, note: "" }))).toMatchObject(NOT_FOUND);
      expect(await device(b, stockSerial(b))).toMatchObject({ status: "in_stock", technicianId: null });
      expect(await movements(b, theirs.id)).toHaveLength(1);
    });
  });

  describe("write off", () => {
    it("marks a device defective with the note, then back to stock once repaired", async () => {
      const d = (await device(a, "HWTC0000A002"))!;
      expect(await writeOffAction.runWith(await owner(a), form({ id: d.id, status: "defective", note: "PON LED blinks red" }))).toEqual({ ok: true, data: { message: "Marked defective." } });
      expect(await device(a, "HWTC0000A002")).toMatchObject({ status: "defective" });
      expect((await movements(a, d.id)).at(-1)).toMatchObject({ from: "in_stock", to: "defective", note: "PON LED blinks red" });
      expect(await audits(a, "device.write_off", d.id)).toEqual([{ changes: { before: { status: "in_stock", technicianId: null }, after: { status: "defective", note: "PON LED blinks red" } } }]);
      expect(await writeOffAction.runWith(await owner(a), form({ id: d.id, status: "defective", note: "Again" }))).toMatchObject({ ok: false, error: "HWTC0000A002 is already marked defective." });
      expect(await returnToStockAction.runWith(await owner(a), form({ id: d.id, note: "Firmware reflashed" }))).toMatchObject({ ok: true });
    });

    it("asks what happened and for a known status", async () => {
      const d = (await device(a, "HWTC0000A003"))!;
      const result = await writeOffAction.runWith(await owner(a), form({ id: d.id, status: "stolen", note: "" }));
      expect(result).toMatchObject({ ok: false, fieldErrors: { status: ["Choose returned, defective or lost."], note: ["Say what happened, in a few words."] } });
      expect(await device(a, "HWTC0000A003")).toMatchObject({ status: "in_stock" });
    });

    it("keeps a device set aside for an open job until the job lets it go", async () => {
      const d = (await device(a, "HWTC0000A003"))!;
      await withTenantOn(db.app, a.tenantId, async (tx) => {
        const ctx = { ...actingAs(tx, a), userId: a.ownerId };
        const [plan] = rowsOf<{ id: string }>(await tx.execute(sql`select id from plans order by name limit 1`));
        const line = await addSubscription(ctx, a.tenantId, { customerId: customerA, planId: plan!.id, startDate: "2026-03-01", label: "Home" });
        const [port] = rowsOf<{ id: string }>(await tx.execute(sql`select id from nap_ports where state = 'free' order by port_number limit 1`));
        await scheduleFieldJob(ctx, a.tenantId, { kind: "installation", subscriptionId: line.id, scheduledOn: "2026-03-02", napPortId: port!.id, deviceId: d.id, notes: "" });
      });
      const result = await writeOffAction.runWith(await owner(a), form({ id: d.id, status: "lost", note: "Not on the shelf" }));
      expect(result).toMatchObject({ ok: false, error: "HWTC0000A003 is set aside for an open job. Cancel the job or give it another device first." });
      expect(await device(a, "HWTC0000A003")).toMatchObject({ status: "in_stock" });
      // Handing it to the technician who will install it is fine: the job takes it from them.
      expect(await handToTechnicianAction.runWith(await owner(a), form({ id: d.id, technicianId: techA, note: "" }))).toMatchObject({ ok: true });
    });

    it("refuses a cashier and another tenant's device", async () => {
      const mine = (await device(a, "HWTC0000A001"))!;
      const theirs = (await device(b, stockSerial(b)))!;
      expect(await writeOffAction.runWith(await requestAs(db.app, a, cashierA), form({ id: mine.id, status: "lost", note: "Gone" }))).toEqual(DENIED);
      expect(await writeOffAction.runWith(await owner(a), form({ id: theirs.id, status: "lost", note: "Gone" }))).toMatchObject(NOT_FOUND);
      expect(await device(a, "HWTC0000A001")).toMatchObject({ status: "in_stock" });
      expect(await device(b, stockSerial(b))).toMatchObject({ status: "in_stock" });
    });
  });

  describe("edit", () => {
    it("saves brand, model, cost, MAC and notes with an audit row of what changed, and nothing when nothing changed", async () => {
      const d = (await device(a, "HWTC0000A003"))!;
      const values = { id: d.id, brand: "Huawei", model: "HG8145X6", purchaseCost: "2100", mac: "9c a2 f4 1b 22 03", notes: "Box 2" };
      expect(await updateDeviceAction.runWith(await owner(a), form(values))).toEqual({ ok: true, data: { redirectTo: `/network/equipment/${d.id}?saved=1` } });
      expect(await device(a, "HWTC0000A003")).toMatchObject({ brand: "Huawei", model: "HG8145X6", cost: 210000, mac: "9C:A2:F4:1B:22:03", notes: "Box 2", status: "with_technician" });
      expect(await audits(a, "device.update", d.id)).toEqual([
        { changes: { before: { model: "HG8145V5", purchaseCost: 185050, mac: null, notes: "" }, after: { model: "HG8145X6", purchaseCost: 210000, mac: "9C:A2:F4:1B:22:03", notes: "Box 2" } } },
      ]);
      await updateDeviceAction.runWith(await owner(a), form(values));
      expect(await audits(a, "device.update", d.id)).toHaveLength(1);
    });

    it("refuses a bad MAC and one another device has, changing nothing", async () => {
      const d = (await device(a, "HWTC0000A003"))!;
      const base = { id: d.id, brand: "Huawei", model: "Changed", purchaseCost: "", notes: "" };
      expect(await updateDeviceAction.runWith(await owner(a), form({ ...base, mac: "9C:A2" }))).toMatchObject({ ok: false, fieldErrors: { mac: ["Enter the MAC as six pairs of hex digits, like 9C:A2:F4:1B:22:0E."] } });
      expect(await updateDeviceAction.runWith(await owner(a), form({ ...base, mac: "9C:A2:F4:1B:22:01" }))).toMatchObject({ ok: false, fieldErrors: { mac: ["Another device has that MAC."] } });
      expect(await device(a, "HWTC0000A003")).toMatchObject({ model: "HG8145X6", mac: "9C:A2:F4:1B:22:03" });
    });

    it("refuses a cashier and another tenant's device", async () => {
      const theirs = (await device(b, stockSerial(b)))!;
      const mine = (await device(a, "HWTC0000A003"))!;
      expect(await updateDeviceAction.runWith(await requestAs(db.app, a, cashierA), form({ id: mine.id, brand: "X", model: "Y", purchaseCost: "", mac: "", notes: "" }))).toEqual(DENIED);
      expect(await updateDeviceAction.runWith(await owner(a), form({ id: theirs.id, brand: "Hijacked", model: "Y", purchaseCost: "", mac: "", notes: "" }))).toMatchObject(NOT_FOUND);
      expect(await device(b, stockSerial(b))).toMatchObject({ brand: "ZTE", model: "F670L" });
      expect(await device(a, "HWTC0000A003")).toMatchObject({ brand: "Huawei" });
    });
  });

  it("wrote an audit row for every change and none for a refusal", async () => {
    const counts = await query<{ action: string; n: number }>(a, sql`select action, count(*)::int as n from audit_log where action like 'device.%' group by action order by action`);
    // receive: the fixture's delivery and ours; hand over: twice (one refused twice); back to stock: twice; write off: once; edit: once.
    expect(counts).toEqual([
      { action: "device.hand_over", n: 2 },
      { action: "device.receive", n: 2 },
      { action: "device.return_to_stock", n: 2 },
      { action: "device.update", n: 1 },
      { action: "device.write_off", n: 1 },
    ]);
  });
});
