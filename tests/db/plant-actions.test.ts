import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createLcpAction, createNapAction, createOltAction, createPonPortAction, setPortConditionAction, updateNapAction } from "@/app/(tenant)/t/[tenant]/(app)/network/plant/actions";
import { activateSubscriptionAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/[id]/subscription-actions";
import { savePlantSettingsAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/plant/actions";
import { cancelSubscriptionAction } from "@/app/(tenant)/t/[tenant]/(app)/customers/[id]/subscription-actions";
import { deleteNapAction } from "@/app/(tenant)/t/[tenant]/(app)/network/plant/actions";
import { cancelFieldJobAction, completeFieldJobAction, scheduleFieldJobAction } from "@/app/(tenant)/t/[tenant]/(app)/network/jobs/actions";
import { receiveDevices } from "@/lib/equipment/receive";
import { planBillingRun } from "@/lib/billing/run";
import { addSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addPlantFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

type Row = Record<string, unknown>;
const DENIED = { ok: false, error: "You do not have permission to do that." };

describe.each(backends)("plant and installation actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let customerA: string;
  let techA: string;
  let cashierA: string;
  let plantB: { napId: string; subscriptionId: string };
  const q = async <T extends Row>(t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<T>(await tx.execute(query)));
  const as = (t: TestTenant, userId: string) => requestAs(db.app, t, userId);
  const redirectId = (result: unknown) => String((result as { data: { redirectTo: string } }).data.redirectTo).split("/").pop()!;
  const pendingLine = async (t: TestTenant, customerId: string, label: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) => {
      // The plan with an installation fee: the first invoice shows it.
      const [plan] = rowsOf<{ id: string }>(await tx.execute(sql`select id from plans where status = 'active' order by installation_fee desc limit 1`));
      return (await addSubscription({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId, planId: plan!.id, startDate: "2026-03-01", label })).id;
    });
  const onus = async (t: TestTenant, serials: string[]) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      (await receiveDevices({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { kind: "onu", brand: "Huawei", model: "HG8145V5", purchaseCost: 150000, devices: serials.map((s) => ({ serialNumber: s, mac: null })), note: "" })).ids,
    );
  const portOf = async (t: TestTenant, napId: string, n: number) => (await q<{ id: string; state: string; subscription_id: string | null }>(t, sql`select id, state, subscription_id from nap_ports where nap_id = ${napId} and port_number = ${n}`))[0]!;
  let napA: string;
  let lcpA: string;

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "plant-alpha");
    b = await signUp(db.app, "plant-bravo");
    customerA = (await addSubscriberFixtures(db.app, a)).customerId;
    plantB = await addPlantFixtures(db.app, b, (await addSubscriberFixtures(db.app, b)).customerId);
    techA = await addStaff(db.app, a, "tech@plant-alpha.test", "Technician");
    cashierA = await addStaff(db.app, a, "cashier@plant-alpha.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  it("builds an OLT, a PON port, an LCP and a NAP whose ports exist as rows, each audited", async () => {
    const olt = await createOltAction.runWith(await as(a, a.ownerId), form({ name: "CDO Main OLT", vendor: "ZTE", model: "C320", site: "Office", latitude: "8.4542", longitude: "124.6319" }));
    expect(olt.ok).toBe(true);
    const oltId = redirectId(olt);
    expect(await createPonPortAction.runWith(await as(a, a.ownerId), form({ oltId, label: "0/1/1", txPowerDbm: "3.5" }))).toEqual({ ok: true, data: { message: "PON port 0/1/1 added." } });
    const [pon] = await q<{ id: string }>(a, sql`select id from pon_ports where olt_id = ${oltId}`);
    const [brgy] = await q<{ id: string }>(a, sql`select id from barangays limit 1`);
    const lcp = await createLcpAction.runWith(await as(a, a.ownerId), form({ code: "LCP-01", barangayId: brgy!.id, ponPortId: pon!.id, splitterRatio: "4", feederLengthM: "2000", latitude: "8.47", longitude: "124.64" }));
    expect(lcp.ok).toBe(true);
    lcpA = redirectId(lcp);
    const nap = await createNapAction.runWith(await as(a, a.ownerId), form({ code: "NAP-12", lcpId: lcpA, barangayId: brgy!.id, splitterRatio: "8", distanceFromLcpM: "400", poleNumber: "P-7", latitude: "8.4701", longitude: "124.6402" }));
    expect(nap.ok).toBe(true);
    napA = redirectId(nap);
    expect(await q(a, sql`select port_number, state from nap_ports where nap_id = ${napA} order by port_number`)).toEqual(
      Array.from({ length: 8 }, (_, i) => ({ port_number: i + 1, state: "free" })),
    );
    const audits = await q<{ action: string }>(a, sql`select action from audit_log where action in ('olt.create', 'pon_port.create', 'lcp.create', 'nap.create') order by created_at`);
    expect(audits.map((r) => r.action)).toEqual(["olt.create", "pon_port.create", "lcp.create", "nap.create"]);
  });

  it("shows bad input next to the field and a duplicate code, changing nothing", async () => {
    const bad = await createNapAction.runWith(await as(a, a.ownerId), form({ code: "", lcpId: lcpA, splitterRatio: "32", latitude: "95", longitude: "" }));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.fieldErrors.code?.[0]).toBe("Enter the NAP code.");
      expect(bad.fieldErrors.splitterRatio?.[0]).toBe("Choose the splitter ratio: 1:4, 1:8, 1:16.");
      expect(bad.fieldErrors.latitude?.[0]).toBe("Latitude is between -90 and 90.");
    }
    const dup = await createNapAction.runWith(await as(a, a.ownerId), form({ code: "nap-12", lcpId: lcpA, splitterRatio: "8" }));
    expect(dup).toMatchObject({ ok: false, fieldErrors: { code: ["Another NAP already has that code."] } });
    expect((await q(a, sql`select id from naps`)).length).toBe(1);
  });

  it("refuses a cashier (no network.manage) and another tenant's LCP", async () => {
    expect(await createNapAction.runWith(await as(a, cashierA), form({ code: "NAP-99", lcpId: lcpA, splitterRatio: "8" }))).toMatchObject(DENIED);
    const [lcpB] = await q<{ id: string }>(b, sql`select id from lcps limit 1`);
    const foreign = await createNapAction.runWith(await as(a, a.ownerId), form({ code: "NAP-98", lcpId: lcpB!.id, splitterRatio: "8" }));
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { lcpId: ["Choose one from the list."] } });
    const edit = await updateNapAction.runWith(await as(a, a.ownerId), form({ id: plantB.napId, code: "HIJACK", lcpId: lcpA, splitterRatio: "4" }));
    expect(edit).toMatchObject({ ok: false, error: "That NAP was not found." });
    expect(await q(b, sql`select code, splitter_ratio from naps where id = ${plantB.napId}`)).toEqual([{ code: "NAP-01", splitter_ratio: 8 }]);
  });

  it("the database refuses a port beyond the splitter ratio and a second connection on one port", async () => {
    await expect(withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`insert into nap_ports (tenant_id, nap_id, nap_ratio, port_number) values (${a.tenantId}, ${napA}, 8, 9)`))).rejects.toThrow();
    await expect(withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`insert into nap_ports (tenant_id, nap_id, nap_ratio, port_number) values (${a.tenantId}, ${napA}, 8, 3)`))).rejects.toThrow();
    await expect(withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`update nap_ports set state = 'in_use' where nap_id = ${napA} and port_number = 1`))).rejects.toThrow();
  });

  it("grows and shrinks a NAP's splitter with its ports", async () => {
    const to16 = await updateNapAction.runWith(await as(a, a.ownerId), form({ id: napA, code: "NAP-12", lcpId: lcpA, splitterRatio: "16", distanceFromLcpM: "400" }));
    expect(to16.ok).toBe(true);
    expect((await q(a, sql`select 1 from nap_ports where nap_id = ${napA}`)).length).toBe(16);
    await updateNapAction.runWith(await as(a, a.ownerId), form({ id: napA, code: "NAP-12", lcpId: lcpA, splitterRatio: "8", distanceFromLcpM: "400" }));
    expect(await q(a, sql`select max(port_number) as top, count(*)::int as n from nap_ports where nap_id = ${napA}`)).toEqual([{ top: 8, n: 8 }]);
  });

  it("installs a line: the port is reserved at once, completion connects it, installs the ONU, activates the line and checks the reading", async () => {
    const line = await pendingLine(a, customerA, "Home");
    const [onu] = await onus(a, ["HWTC00000001"]);
    const port3 = await portOf(a, napA, 3);
    const scheduled = await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: line, scheduledOn: "2026-03-02", technicianId: techA, napPortId: port3.id, deviceId: onu! }));
    expect(scheduled.ok).toBe(true);
    const jobId = redirectId(scheduled);
    expect(await portOf(a, napA, 3)).toMatchObject({ state: "reserved", subscription_id: line });

    // A second job may not take the reserved port.
    const other = await pendingLine(a, customerA, "Shop");
    const taken = await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: other, scheduledOn: "2026-03-02", napPortId: port3.id }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { napPortId: ["That port was just taken. Choose another free port."] } });
    expect((await q(a, sql`select 1 from field_jobs where subscription_id = ${other}`)).length).toBe(0);

    // A cashier cannot complete it; a technician can, from the phone form. −29 dBm is far below what the chain gives.
    expect(await completeFieldJobAction.runWith(await as(a, cashierA), form({ id: jobId, completedOn: "2026-03-03" }))).toMatchObject(DENIED);
    const done = await completeFieldJobAction.runWith(
      await as(a, techA),
      form({ id: jobId, completedOn: "2026-03-03", deviceSerial: "hwtc00000001", latitude: "8.4702", longitude: "124.6405", dropLengthM: "120", rxPowerDbm: "-29", notes: "Clean install" }),
    );
    expect(done.ok).toBe(true);
    if (done.ok) expect((done.data as { signalFlag: string }).signalFlag).toMatch(/-29\.00 dBm is below -27 dBm; .* dB worse than the expected -[\d.]+ dBm: check the splice at NAP-12 port 3\./);
    expect(await portOf(a, napA, 3)).toMatchObject({ state: "in_use", subscription_id: line });
    expect(await q(a, sql`select status, subscription_id from devices where id = ${onu!}`)).toEqual([{ status: "installed", subscription_id: line }]);
    expect(await q(a, sql`select status, activated_on::text, premises_latitude::float8 as lat from subscriptions where id = ${line}`)).toEqual([{ status: "active", activated_on: "2026-03-03", lat: 8.4702 }]);
    const [job] = await q<{ status: string; completed_by: string; expected_rx_dbm: number; signal_flag: string }>(a, sql`select status, completed_by, expected_rx_dbm, signal_flag from field_jobs where id = ${jobId}`);
    // 3.5 − 7.3 (1:4) − 10.5 (1:8) − 2.52 km × 0.35 − 1.5
    expect(job).toMatchObject({ status: "done", completed_by: techA, expected_rx_dbm: -16.68 });
    expect(await q(a, sql`select to_status from device_movements where device_id = ${onu!} order by created_at`)).toEqual([{ to_status: "in_stock" }, { to_status: "installed" }]);
    expect((await q(a, sql`select 1 from audit_log where action = 'field_job.complete' and entity_id = ${jobId} and user_id = ${techA}`)).length).toBe(1);

    // Billing starts on the completion day: the next run bills the line from 2026-03-03, with its installation fee.
    const plan = await withTenantOn(db.app, a.tenantId, (tx) => planBillingRun(tx, a.tenantId, "2026-03-03"));
    const first = plan.invoices.find((i) => i.subscriptionId === line);
    expect(first?.charged.start).toBe("2026-03-03");
    expect(first?.lines.some((l) => l.kind === "installation")).toBe(true);
  });

  it("completion is all or nothing: a device already installed elsewhere leaves port, device and line unchanged", async () => {
    const line = await pendingLine(a, customerA, "Branch");
    const [spare] = await onus(a, ["HWTC00000002"]);
    const port4 = await portOf(a, napA, 4);
    const jobId = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: line, scheduledOn: "2026-03-04", napPortId: port4.id, deviceId: spare! })));
    const failed = await completeFieldJobAction.runWith(await as(a, techA), form({ id: jobId, completedOn: "2026-03-04", deviceSerial: "HWTC00000001" }));
    expect(failed).toMatchObject({ ok: false, fieldErrors: { deviceId: ["Choose a device in stock."] } });
    expect(await portOf(a, napA, 4)).toMatchObject({ state: "reserved", subscription_id: line });
    expect(await q(a, sql`select status from devices where id = ${spare!}`)).toEqual([{ status: "in_stock" }]);
    expect(await q(a, sql`select status from subscriptions where id = ${line}`)).toEqual([{ status: "pending" }]);
    expect(await q(a, sql`select status from field_jobs where id = ${jobId}`)).toEqual([{ status: "scheduled" }]);

    // Two completions at once: exactly one connects the line.
    const both = await Promise.all([
      completeFieldJobAction.runWith(await as(a, techA), form({ id: jobId, completedOn: "2026-03-04" })),
      completeFieldJobAction.runWith(await as(a, a.ownerId), form({ id: jobId, completedOn: "2026-03-04" })),
    ]);
    expect(both.filter((r) => r.ok).length).toBe(1);
    expect(both.find((r) => !r.ok)).toMatchObject({ ok: false, error: "This job is already done." });
    expect((await q(a, sql`select 1 from nap_ports where subscription_id = ${line} and state = 'in_use'`)).length).toBe(1);
    expect((await q(a, sql`select 1 from subscription_events where subscription_id = ${line} and kind = 'activated'`)).length).toBe(1);
  });

  it("cancelling a job frees its port; another tenant's job is not found", async () => {
    const line = await pendingLine(a, customerA, "Kiosk");
    const port5 = await portOf(a, napA, 5);
    const jobId = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: line, scheduledOn: "2026-03-05", napPortId: port5.id })));
    const [jobB] = await q<{ id: string }>(b, sql`select id from field_jobs limit 1`);
    expect(await cancelFieldJobAction.runWith(await as(a, a.ownerId), form({ id: jobB!.id, reason: "Not ours" }))).toMatchObject({ ok: false, error: "That job was not found." });
    expect(await cancelFieldJobAction.runWith(await as(a, a.ownerId), form({ id: jobId, reason: "Customer moved away" }))).toEqual({ ok: true, data: { message: "Job cancelled: its port is free again." } });
    expect(await portOf(a, napA, 5)).toMatchObject({ state: "free", subscription_id: null });
  });

  it("a port in use cannot be marked faulty by hand; a free one can", async () => {
    const inUse = await portOf(a, napA, 3);
    expect(await setPortConditionAction.runWith(await as(a, a.ownerId), form({ portId: inUse.id, state: "faulty" }))).toMatchObject({ ok: false, error: "Port 3 is in use: move the subscriber with a job first." });
    const free = await portOf(a, napA, 8);
    expect((await setPortConditionAction.runWith(await as(a, a.ownerId), form({ portId: free.id, state: "faulty", note: "Broken adapter" }))).ok).toBe(true);
    expect(await portOf(a, napA, 8)).toMatchObject({ state: "faulty" });
  });

  it("a pull-out after termination frees the port and brings the ONU back to stock", async () => {
    const [line] = await q<{ subscription_id: string }>(a, sql`select subscription_id from nap_ports where nap_id = ${napA} and port_number = 3`);
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      const { transitionSubscription } = await import("@/lib/subscriptions/subscriptions");
      await transitionSubscription({ ...actingAs(tx, a), userId: a.ownerId }, a.tenantId, line!.subscription_id, "cancel", { date: "2026-03-20", reason: "Moved to Manila" });
    });
    const jobId = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "pull_out", subscriptionId: line!.subscription_id, scheduledOn: "2026-03-21" })));
    const done = await completeFieldJobAction.runWith(await as(a, techA), form({ id: jobId, completedOn: "2026-03-21", previousDeviceStatus: "in_stock" }));
    expect(done.ok).toBe(true);
    expect(await portOf(a, napA, 3)).toMatchObject({ state: "free", subscription_id: null });
    expect(await q(a, sql`select status, subscription_id from devices where serial_number = 'HWTC00000001'`)).toEqual([{ status: "in_stock", subscription_id: null }]);
  });

  it("saves the optical budget (validated next to the field, audited), and the loss check uses it", async () => {
    const budget = { loss2: "3.7", loss4: "7.3", loss8: "11", loss16: "13.7", loss32: "17.1", fibreLossDbPerKm: "0.4", connectorAllowanceDb: "2", toleranceDb: "3", minimumRxDbm: "-27" };
    const bad = await savePlantSettingsAction.runWith(await as(a, a.ownerId), form({ ...budget, loss8: "eleven", minimumRxDbm: "5" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { loss8: ["Enter the 1:8 splitter loss in dB, like 10.5."], minimumRxDbm: ["The lowest acceptable power is between -40 and -10 dBm."] } });
    expect(await savePlantSettingsAction.runWith(await as(a, cashierA), form(budget))).toMatchObject(DENIED);
    expect((await savePlantSettingsAction.runWith(await as(a, a.ownerId), form(budget))).ok).toBe(true);
    const { loadBudget } = await import("@/lib/plant/budget");
    const saved = await withTenantOn(db.app, a.tenantId, (tx) => loadBudget(tx));
    expect(saved).toMatchObject({ fibreLossDbPerKm: 0.4, connectorAllowanceDb: 2, splitterLossDb: { "8": 11 } });
    expect((await q(a, sql`select 1 from audit_log where action = 'plant_settings.update'`)).length).toBe(1);
    // Tenant B keeps its own budget.
    expect(await withTenantOn(db.app, b.tenantId, (tx) => loadBudget(tx))).toMatchObject({ connectorAllowanceDb: 2, splitterLossDb: { "8": 10.5 } });
  });

  it("a relocation moves the line to its new port (the old one marked faulty); a device swap returns the old ONU as defective", async () => {
    const line = await pendingLine(a, customerA, "Relocating");
    const [onu, replacement] = await onus(a, ["HWTC00000010", "HWTC00000011"]);
    const port6 = await portOf(a, napA, 6);
    const install = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: line, scheduledOn: "2026-04-01", napPortId: port6.id, deviceId: onu! })));
    expect((await completeFieldJobAction.runWith(await as(a, techA), form({ id: install, completedOn: "2026-04-01", rxPowerDbm: "-18" }))).ok).toBe(true);

    // An installation is for a line waiting for one; this line is active now.
    const again = await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: line, scheduledOn: "2026-04-02", napPortId: (await portOf(a, napA, 7)).id }));
    expect(again).toMatchObject({ ok: false, error: "This line is active. Only a line waiting for installation is installed." });

    const port7 = await portOf(a, napA, 7);
    const move = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "relocation", subscriptionId: line, scheduledOn: "2026-04-05", napPortId: port7.id })));
    // While the job is open the line holds its port in use and the new one in reserve.
    expect(await portOf(a, napA, 6)).toMatchObject({ state: "in_use", subscription_id: line });
    expect(await portOf(a, napA, 7)).toMatchObject({ state: "reserved", subscription_id: line });
    expect((await completeFieldJobAction.runWith(await as(a, techA), form({ id: move, completedOn: "2026-04-05", previousPortState: "faulty", latitude: "8.48", longitude: "124.65" }))).ok).toBe(true);
    expect(await portOf(a, napA, 6)).toMatchObject({ state: "faulty", subscription_id: null });
    expect(await portOf(a, napA, 7)).toMatchObject({ state: "in_use", subscription_id: line });
    expect(await q(a, sql`select premises_latitude::float8 as lat from subscriptions where id = ${line}`)).toEqual([{ lat: 8.48 }]);

    const swap = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "device_swap", subscriptionId: line, scheduledOn: "2026-04-06", deviceId: replacement! })));
    expect((await completeFieldJobAction.runWith(await as(a, techA), form({ id: swap, completedOn: "2026-04-06", previousDeviceStatus: "defective", rxPowerDbm: "-18.5" }))).ok).toBe(true);
    expect(await q(a, sql`select serial_number, status, subscription_id from devices where id in (${onu!}, ${replacement!}) order by serial_number`)).toEqual([
      { serial_number: "HWTC00000010", status: "defective", subscription_id: null },
      { serial_number: "HWTC00000011", status: "installed", subscription_id: line },
    ]);
    // The swap's reading is checked against the line's port.
    expect(await q(a, sql`select expected_rx_dbm is not null as checked from field_jobs where id = ${swap}`)).toEqual([{ checked: true }]);
  });

  it("two offices scheduling the same free port at once: one gets it, the other is told, nothing half-written", async () => {
    const first = await pendingLine(a, customerA, "Race 1");
    const second = await pendingLine(a, customerA, "Race 2");
    const [nap] = await q<{ id: string }>(a, sql`select id from naps where code = 'NAP-12'`);
    const [free] = await q<{ id: string }>(a, sql`select id from nap_ports where nap_id = ${nap!.id} and state = 'free' order by port_number limit 1`);
    const results = await Promise.all(
      [first, second].map(async (line) => scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: line, scheduledOn: "2026-05-01", napPortId: free!.id }))),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, fieldErrors: { napPortId: ["That port was just taken. Choose another free port."] } });
    const holders = await q<{ subscription_id: string }>(a, sql`select subscription_id from nap_ports where id = ${free!.id} and state = 'reserved'`);
    expect(holders).toHaveLength(1);
    // Only the winner has a job; the loser's job row went with its transaction.
    expect(await q(a, sql`select subscription_id from field_jobs where subscription_id in (${first}, ${second}) and status = 'scheduled'`)).toEqual(holders);
  });

  it("with a plant recorded, a line waiting for installation is activated only by its job; a line billed elsewhere still by hand", async () => {
    const line = await pendingLine(a, customerA, "By hand");
    const refused = await activateSubscriptionAction.runWith(await as(a, a.ownerId), form({ id: line, date: "2026-05-02" }));
    expect(refused).toMatchObject({ ok: false, error: expect.stringMatching(/^This line is connected by an installation job/) });
    expect(await q(a, sql`select status from subscriptions where id = ${line}`)).toEqual([{ status: "pending" }]);
    const migrated = await withTenantOn(db.app, a.tenantId, async (tx) => {
      const [plan] = rowsOf<{ id: string }>(await tx.execute(sql`select id from plans where status = 'active' limit 1`));
      return (await addSubscription({ ...actingAs(tx, a), userId: a.ownerId }, a.tenantId, { customerId: customerA, planId: plan!.id, startDate: "2024-01-01", label: "Migrated", billedElsewhereUntil: "2026-04-30" })).id;
    });
    expect((await activateSubscriptionAction.runWith(await as(a, a.ownerId), form({ id: migrated, date: "2024-01-01" }))).ok).toBe(true);
  });

  it("review fixes: a full LCP, a router swap, a cancelled line's reserved port, an early installation, and a NAP with job history deleted", async () => {
    // A 1:4 LCP feeding four NAPs takes no fifth.
    const [brgy] = await q<{ id: string }>(a, sql`select id from barangays limit 1`);
    for (const code of ["NAP-20", "NAP-21", "NAP-22"]) expect((await createNapAction.runWith(await as(a, a.ownerId), form({ code, lcpId: lcpA, barangayId: brgy!.id, splitterRatio: "4" }))).ok).toBe(true);
    const full = await createNapAction.runWith(await as(a, a.ownerId), form({ code: "NAP-23", lcpId: lcpA, splitterRatio: "4" }));
    expect(full).toMatchObject({ ok: false, fieldErrors: { lcpId: ["LCP-01 is 1:4 and already feeds 4 NAPs: choose another LCP, or fit it with a bigger splitter first."] } });

    // A router swap takes out the router, not the ONU.
    const [line] = await q<{ subscription_id: string }>(a, sql`select subscription_id from nap_ports where nap_id = ${napA} and port_number = 7`);
    const router = await withTenantOn(db.app, a.tenantId, async (tx) =>
      (await receiveDevices({ ...actingAs(tx, a), userId: a.ownerId }, a.tenantId, { kind: "router", brand: "TP-Link", model: "Archer C6", purchaseCost: null, devices: [{ serialNumber: "TPL0001", mac: null }, { serialNumber: "TPL0002", mac: null }], note: "" })).ids,
    );
    const addRouter = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "device_swap", subscriptionId: line!.subscription_id, scheduledOn: "2026-05-03", deviceId: router[0]! })));
    expect((await completeFieldJobAction.runWith(await as(a, techA), form({ id: addRouter, completedOn: "2026-05-03" }))).ok).toBe(true);
    const swap = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "device_swap", subscriptionId: line!.subscription_id, scheduledOn: "2026-05-04", deviceId: router[1]! })));
    expect((await completeFieldJobAction.runWith(await as(a, techA), form({ id: swap, completedOn: "2026-05-04", previousDeviceStatus: "defective" }))).ok).toBe(true);
    expect(await q(a, sql`select kind, serial_number, status from devices where subscription_id = ${line!.subscription_id} order by kind`)).toEqual([
      { kind: "onu", serial_number: "HWTC00000011", status: "installed" },
      { kind: "router", serial_number: "TPL0002", status: "installed" },
    ]);
    expect(await q(a, sql`select status from devices where serial_number = 'TPL0001'`)).toEqual([{ status: "defective" }]);

    // An installation is not completed before the day the line was asked for (billing would start early); a router is no ONU.
    const early = await pendingLine(a, customerA, "Early");
    const [onu] = await onus(a, ["HWTC00000020"]);
    const [freePort] = await q<{ id: string }>(a, sql`select id from nap_ports where state = 'free' order by port_number limit 1`);
    expect(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: early, scheduledOn: "2026-02-20", napPortId: freePort!.id, deviceId: router[0]! }))).toMatchObject({ ok: false });
    const job = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: early, scheduledOn: "2026-02-20", napPortId: freePort!.id, deviceId: onu! })));
    expect(await completeFieldJobAction.runWith(await as(a, techA), form({ id: job, completedOn: "2026-02-25" }))).toMatchObject({ ok: false, fieldErrors: { completedOn: ["On or after 2026-03-01."] } });

    // Cancelling the line cancels its open job and frees the reserved port.
    expect((await cancelSubscriptionAction.runWith(await as(a, a.ownerId), form({ id: early, date: "2026-03-01", reason: "Changed their mind" }))).ok).toBe(true);
    expect(await q(a, sql`select status from field_jobs where id = ${job}`)).toEqual([{ status: "cancelled" }]);
    expect(await q(a, sql`select state, subscription_id from nap_ports where id = ${freePort!.id}`)).toEqual([{ state: "free", subscription_id: null }]);

    // A NAP whose ports have job history (all lines gone) can be deleted; the jobs keep their record without the port.
    const [nap20] = await q<{ id: string }>(a, sql`select id from naps where code = 'NAP-20'`);
    const [port20] = await q<{ id: string }>(a, sql`select id from nap_ports where nap_id = ${nap20!.id} and port_number = 1`);
    const leaving = await pendingLine(a, customerA, "Leaving");
    const gone = redirectId(await scheduleFieldJobAction.runWith(await as(a, a.ownerId), form({ kind: "installation", subscriptionId: leaving, scheduledOn: "2026-03-02", napPortId: port20!.id })));
    await cancelFieldJobAction.runWith(await as(a, a.ownerId), form({ id: gone, reason: "Postponed" }));
    expect(await deleteNapAction.runWith(await as(a, a.ownerId), form({ id: nap20!.id }))).toEqual({ ok: true, data: { redirectTo: "/network/plant/naps" } });
    expect(await q(a, sql`select status, nap_port_id from field_jobs where id = ${gone}`)).toEqual([{ status: "cancelled", nap_port_id: null }]);
  });
});
