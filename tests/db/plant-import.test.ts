import { sql } from "drizzle-orm";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importPlantAction, previewPlantImportAction } from "@/app/(tenant)/t/[tenant]/(app)/network/plant/import/actions";
import { withTenantOn } from "@/db/with-tenant";
import { createCustomer } from "@/lib/customers/customers";
import { createNap } from "@/lib/plant/plant";
import { kmlFromKmz } from "@/lib/plant/import/kmz";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { one, rows } from "../support/sql";
import { actingAs, addPlantFixtures, addStaff, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const PLANT_CSV = [
  "Type,Code,Name,LCP Code,Brgy,Lat,Long,Splitter,PON Port,Feeder length (m),Pole No.,Distance from LCP (m),Remarks",
  "LCP,LCP-10,Corrales cabinet,,Carmen,8.4781,124.6421,1:8,0/1/1,2500,,,",
  "NAP,NAP-10,,LCP-10,Carmen,8.4785,124.6425,1:16,,,P-101,250,corner",
  "NAP,NAP-11,,LCP-01,carmen,8.4790,124.6430,8,,,P-102,400,",
  "NAP,NAP-12,,LCP-77,Carmen,8.4795,124.6435,1:8,,,,,", // unknown LCP
  "NAP,NAP-13,,LCP-10,Kauswagan,124.64,8.47,1:32,,,,,", // unknown barangay, swapped, ratio
  "NAP,NAP-01,,LCP-10,,,,1:8,,,,,", // already in the plant
].join("\n");

const placemark = (name: string, lng: number, lat: number, description = "") =>
  `<Placemark><name>${name}</name><description>${description}</description><Point><coordinates>${lng},${lat},0</coordinates></Point></Placemark>`;
const KML = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Folder><name>LCP-20 Lapasan</name>${placemark("LCP-20", 124.66, 8.482, "1:4")}${placemark("NAP-20", 124.661, 8.483, "1:16")}</Folder>
  <Folder><name>NAPs</name>${placemark("NAP-21", 124.662, 8.484)}</Folder>
  <Placemark><name>Feeder</name><LineString><coordinates>124.66,8.48,0 124.67,8.49,0</coordinates></LineString></Placemark>
</Document></kml>`;

describe.each(backends)("plant import on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  const single: string[] = [];
  let juan = "";
  let bAccount = "";

  const asOwner = () => requestAs(db.app, a, a.ownerId);
  const fileForm = (text: string, format = "csv", fileName = "plant.csv") => form({ fileName, format, text });
  const count = (t: TestTenant, query: ReturnType<typeof sql>) => withTenantOn(db.app, t.tenantId, (tx) => one<{ n: number }>(tx, query)).then((r) => r.n);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "plantimp-a");
    b = await signUp(db.app, "plantimp-b");
    juan = await addSubscriberFixtures(db.app, a).then(async (f) => {
      await addPlantFixtures(db.app, a, f.customerId);
      return f.customerId;
    });
    const fb = await addSubscriberFixtures(db.app, b);
    await addPlantFixtures(db.app, b, fb.customerId);
    // Customers of A with exactly one active line each; B gets a NAP and a customer number A does not have.
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, a), userId: a.ownerId, today: "2026-01-05" };
      const [{ id: brgy }] = await rows<{ id: string }>(tx, sql`select id from barangays limit 1`) as [{ id: string }];
      const [{ id: plan }] = await rows<{ id: string }>(tx, sql`select id from plans where status = 'active' limit 1`) as [{ id: string }];
      for (const firstName of ["Ana", "Pedro", "Luz"]) {
        const c = await createCustomer(ctx, a.tenantId, { firstName, lastName: "Reyes", mobile: "+639171234567", addressLine: "Purok 1", barangayId: brgy, notes: "" });
        const s = await addSubscription(ctx, a.tenantId, { customerId: c.id, planId: plan, startDate: "2026-01-05", label: "" });
        await transitionSubscription(ctx, a.tenantId, s.id, "activate", { date: "2026-01-05" });
        single.push(c.accountNo);
      }
    });
    await withTenantOn(db.app, b.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, b), userId: b.ownerId, today: "2026-01-05" };
      const [{ id: lcp }] = await rows<{ id: string }>(tx, sql`select id from lcps limit 1`) as [{ id: string }];
      await createNap(ctx, b.tenantId, { code: "NAP-B7", name: "", lcpId: lcp, poleNumber: "", splitterRatio: 8, distanceFromLcpM: 0, notes: "" });
      const [{ id: brgy }] = await rows<{ id: string }>(tx, sql`select id from barangays limit 1`) as [{ id: string }];
      for (let i = 0; i < 5; i++) {
        bAccount = (await createCustomer(ctx, b.tenantId, { firstName: "Other", lastName: `Tenant ${i}`, mobile: "+639181234567", addressLine: "", barangayId: brgy, notes: "" })).accountNo;
      }
    });
    cashierA = await addStaff(db.app, a, "cashier@plantimp-a.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  it("previews LCPs and NAPs with each problem beside its cell, writing nothing", async () => {
    const before = await count(a, sql`select (select count(*) from naps) + (select count(*) from lcps) + (select count(*) from audit_log) as n`);
    const result = await previewPlantImportAction.runWith(await asOwner(), fileForm(PLANT_CSV));
    if (!result.ok) throw new Error(result.error);
    const { preview } = result.data;
    expect(preview).toMatchObject({ kind: "plant", format: "csv", totalRows: 6, okRows: 3, errorRows: 3, lcps: 1, naps: 2, ports: 24 });
    expect(Object.fromEntries(preview.problemRows.map((r) => [r.row, r.errors]))).toEqual({
      5: { lcp: "LCP-77 is not in your plant or this file." },
      6: {
        barangay: "Kauswagan is not in your barangays list: add it under Barangays first.",
        location: expect.stringContaining("swapped"),
        ratio: "1:32 is not allowed for a NAP: use 1:4, 1:8, 1:16.",
      },
      7: { code: "NAP-01 is already in your plant." },
    });
    expect(preview.columns).toContainEqual({ label: "Distance from LCP", header: "Distance from LCP (m)" });
    expect(await count(a, sql`select (select count(*) from naps) + (select count(*) from lcps) + (select count(*) from audit_log) as n`)).toBe(before);
  });

  it("imports the good rows in one go, with their ports, and skips the rest", async () => {
    const result = await importPlantAction.runWith(await asOwner(), fileForm(PLANT_CSV));
    if (!result.ok) throw new Error(result.error);
    expect(result.data).toEqual({ kind: "plant", lcps: 1, naps: 2, napsWithoutLcp: 0, ports: 24, skipped: 3, skippedRows: [5, 6, 7] });
    const made = await withTenantOn(db.app, a.tenantId, (tx) =>
      rows<{ code: string; lcp: string | null; ratio: number; ports: number; free: number; pole: string; distance: number; pon: string | null }>(
        tx,
        sql`select n.code, l.code as lcp, n.splitter_ratio as ratio, n.pole_number as pole, n.distance_from_lcp_m as distance, pp.label as pon,
          (select count(*)::int from nap_ports p where p.nap_id = n.id) as ports,
          (select count(*)::int from nap_ports p where p.nap_id = n.id and p.state = 'free') as free
        from naps n left join lcps l on l.id = n.lcp_id left join pon_ports pp on pp.id = l.pon_port_id
        where n.code in ('NAP-10', 'NAP-11') order by n.code`,
      ),
    );
    expect(made).toEqual([
      { code: "NAP-10", lcp: "LCP-10", ratio: 16, ports: 16, free: 16, pole: "P-101", distance: 250, pon: "0/1/1" },
      { code: "NAP-11", lcp: "LCP-01", ratio: 8, ports: 8, free: 8, pole: "P-102", distance: 400, pon: "0/1/1" },
    ]);
    const audit = await withTenantOn(db.app, a.tenantId, (tx) => rows<{ after: Record<string, unknown> }>(tx, sql`select changes->'after' as after from audit_log where action = 'plant.import'`));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ fileName: "plant.csv", lcps: 1, naps: 2, ports: 24, skipped: 3 });
    // Importing the same file again adds nothing: every code is now in the plant.
    const again = await previewPlantImportAction.runWith(await asOwner(), fileForm(PLANT_CSV));
    expect(again.ok && again.data.preview.okRows).toBe(0);
    const refused = await importPlantAction.runWith(await asOwner(), fileForm(PLANT_CSV));
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining("No row can be imported") });
  });

  it("imports a KMZ's placemarks: a NAP whose cabinet is unknown comes in without one, flagged", async () => {
    const kml = kmlFromKmz(zipSync({ "doc.kml": strToU8(KML) }));
    const preview = await previewPlantImportAction.runWith(await asOwner(), fileForm(kml, "kml", "plant.kmz"));
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.data.preview).toMatchObject({ format: "kml", totalRows: 3, okRows: 3, napsWithoutLcp: 1, skippedPlacemarks: 1 });
    expect(preview.data.preview.allRows[2]!.notes.lcp).toContain("No LCP given");
    const result = await importPlantAction.runWith(await asOwner(), fileForm(kml, "kml", "plant.kmz"));
    expect(result).toMatchObject({ ok: true, data: { lcps: 1, naps: 2, napsWithoutLcp: 1, ports: 24 } });
    const naps = await withTenantOn(db.app, a.tenantId, (tx) =>
      rows<{ code: string; lcp: string | null; latitude: number }>(tx, sql`select n.code, l.code as lcp, n.latitude::float as latitude from naps n left join lcps l on l.id = n.lcp_id where n.code like 'NAP-2%' order by n.code`),
    );
    expect(naps).toEqual([
      { code: "NAP-20", lcp: "LCP-20", latitude: 8.483 },
      { code: "NAP-21", lcp: null, latitude: 8.484 },
    ]);
  });

  it("connects lines to ports from a file of assignments; another tenant's boxes and customers are not found", async () => {
    const csv = [
      "NAP Code,Port No.,Account No.",
      `NAP-10,1,${single[0]}`,
      `nap-10,2,${single[1]}`,
      `NAP-01,3,${single[2]}`, // port 3 is in use (the fixture's installation)
      `NAP-11,9,${single[2]}`, // beyond 1:8
      `NAP-11,1,${(await withTenantOn(db.app, a.tenantId, (tx) => one<{ no: string }>(tx, sql`select account_no as no from customers where id = ${juan}`))).no}`, // two lines
      `NAP-B7,1,${single[2]}`, // B's box
      `NAP-11,2,${bAccount}`, // B's customer
    ].join("\n");
    const preview = await previewPlantImportAction.runWith(await asOwner(), fileForm(csv, "csv", "ports.csv"));
    if (!preview.ok) throw new Error(preview.error);
    const errors = Object.fromEntries(preview.data.preview.problemRows.map((r) => [r.row, r.errors]));
    expect(preview.data.preview).toMatchObject({ kind: "assignments", okRows: 2, errorRows: 5 });
    expect(errors[4]).toMatchObject({ port: expect.stringMatching(/^Port 3 is already in use \(ACC-/) });
    expect(errors[5]).toMatchObject({ port: "NAP-11 is 1:8: its ports are 1 to 8." });
    expect(errors[6]).toEqual({ accountNo: expect.stringMatching(/^Juan Dela Cruz has 2 lines \(.+\): connect each with an installation job instead\.$/) });
    expect(errors[7]).toMatchObject({ nap: "No NAP NAP-B7 in your plant." });
    expect(errors[8]).toEqual({ accountNo: `No customer has account number ${bAccount}.` });

    const result = await importPlantAction.runWith(await asOwner(), fileForm(csv, "csv", "ports.csv"));
    expect(result).toMatchObject({ ok: true, data: { kind: "assignments", ports: 2, skipped: 5, skippedRows: [4, 5, 6, 7, 8] } });
    const inUse = await withTenantOn(db.app, a.tenantId, (tx) =>
      rows<{ port: number; account: string; note: string }>(
        tx,
        sql`select p.port_number as port, c.account_no as account, p.note from nap_ports p join naps n on n.id = p.nap_id
          join subscriptions s on s.id = p.subscription_id join customers c on c.id = s.customer_id
          where n.code = 'NAP-10' and p.state = 'in_use' order by p.port_number`,
      ),
    );
    expect(inUse).toEqual([
      { port: 1, account: single[0], note: "Connected before FiberBill (imported from ports.csv)" },
      { port: 2, account: single[1], note: "Connected before FiberBill (imported from ports.csv)" },
    ]);
    expect(await count(a, sql`select count(*)::int as n from audit_log where action = 'nap_port.assign_import' and entity_type = 'nap_port'`)).toBe(2);
    // B's plant is untouched.
    expect(await count(b, sql`select count(*)::int as n from nap_ports where state = 'in_use'`)).toBe(1);
    // The same lines cannot be connected twice.
    const again = await previewPlantImportAction.runWith(await asOwner(), fileForm(`NAP,Port,Account\nNAP-11,5,${single[0]}`, "csv", "ports.csv"));
    expect(again.ok && again.data.preview.problemRows[0]!.errors.accountNo).toMatch(/already connected at NAP-10 port 1/);
  });

  it("refuses a cashier, and files it cannot read", async () => {
    const cashier = await requestAs(db.app, a, cashierA);
    expect(await previewPlantImportAction.runWith(cashier, fileForm(PLANT_CSV))).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    expect(await importPlantAction.runWith(cashier, fileForm(PLANT_CSV))).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    expect(await importPlantAction.runWith(await asOwner(), fileForm("Name,Barangay\nBox,Carmen"))).toMatchObject({ ok: false, fieldErrors: { text: [expect.stringContaining("box codes")] } });
    expect(await importPlantAction.runWith(await asOwner(), fileForm("<html>", "kml"))).toMatchObject({ ok: false, error: expect.stringContaining("not a KML") });
    expect(await importPlantAction.runWith(await asOwner(), fileForm("x", "xlsx"))).toMatchObject({ ok: false });
  });
});
