import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveBillingSettingsAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/billing/actions";
import { rowsOf } from "@/db/rows";
import { billingSettings } from "@/db/schema";
import { withTenantOn } from "@/db/with-tenant";
import { BILLING_DEFAULTS, getBillingSettings } from "@/lib/billing/settings";
import { getSeries, takeNumbers } from "@/lib/numbering/counters";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { addStaff, signUp, type TestTenant } from "../support/tenants";

/** A complete Settings > Billing form as the browser posts it. */
const FORM: Record<string, string> = {
  businessName: "Alpha Fiber Internet Services",
  address: "Purok 3, Carmen, Cagayan de Oro City",
  tin: "123-456-789",
  branchCode: "0000",
  taxMode: "vat_inclusive",
  vatRate: "12",
  logoDataUrl: "",
  cycleKind: "fixed",
  cycleDay: "5",
  issueLeadDays: "2",
  dueDays: "7",
  graceDays: "5",
  lateFeeKind: "percent",
  lateFeeAmount: "",
  lateFeePercent: "5",
  reconnectionFee: "500",
  invoicePrefix: "si-",
  invoiceNextNumber: "1001",
  invoiceNextNumberShown: "1",
  receiptPrefix: "OR-",
  receiptNextNumber: "1",
  receiptNextNumberShown: "1",
};

const PNG = `data:image/png;base64,${Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(600)]).toString("base64")}`;

/** Settings > Billing end to end below Next.js: validation, permission, counters, audit, tenant wall. */
describe.each(backends)("billing settings action on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;

  const save = async (t: TestTenant, userId: string, values: Record<string, string | undefined>) =>
    saveBillingSettingsAction.runWith(await requestAs(db.app, t, userId), form(values));
  const settingsOf = (t: TestTenant) => withTenantOn(db.app, t.tenantId, (tx) => getBillingSettings(tx, t.tenantId));
  const seriesOf = (t: TestTenant, series: "invoice" | "receipt") => withTenantOn(db.app, t.tenantId, (tx) => getSeries(tx, t.tenantId, series));
  const audits = (t: TestTenant) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } }>(
        await tx.execute(sql`select changes from audit_log where action = 'billing_settings.update' order by created_at, id`),
      ),
    );

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "bill-alpha");
    b = await signUp(db.app, "bill-bravo");
    cashierA = await addStaff(db.app, a, "cashier@bill-alpha.test", "Cashier");
  });
  afterAll(async () => db?.drop());

  it("reads the defaults before anything is saved, the same as the table's own defaults", async () => {
    expect(await settingsOf(b)).toEqual({ ...BILLING_DEFAULTS, updatedAt: null });
    // Insert a row with nothing but the tenant, read it, and roll it back.
    let fromTable: unknown;
    const rollback = new Error("rollback");
    await expect(
      withTenantOn(db.app, b.tenantId, async (tx) => {
        await tx.insert(billingSettings).values({ tenantId: b.tenantId });
        const { updatedAt, ...row } = await getBillingSettings(tx, b.tenantId);
        expect(updatedAt).toBeInstanceOf(Date);
        fromTable = row;
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(fromTable).toEqual(BILLING_DEFAULTS);
    expect(await settingsOf(b)).toEqual({ ...BILLING_DEFAULTS, updatedAt: null });
  });

  it("saves every setting and both number series for the owner, with one audit row", async () => {
    const result = await save(a, a.ownerId, FORM);
    expect(result).toMatchObject({ ok: true, data: { message: expect.stringMatching(/saved/) } });
    expect(await settingsOf(a)).toMatchObject({
      businessName: "Alpha Fiber Internet Services",
      tin: "123456789",
      branchCode: "0000",
      taxMode: "vat_inclusive",
      vatRateBp: 1200,
      logoDataUrl: null,
      cycleKind: "fixed",
      cycleDay: 5,
      issueLeadDays: 2,
      lateFeeKind: "percent",
      lateFeeAmount: 0,
      lateFeeRateBp: 500,
      reconnectionFee: 50000,
      billSuspended: false,
      updatedAt: expect.any(Date),
    });
    expect(await seriesOf(a, "invoice")).toMatchObject({ prefix: "SI-", nextValue: 1001 });
    expect(await seriesOf(a, "receipt")).toMatchObject({ prefix: "OR-", nextValue: 1 });
    const rows = await audits(a);
    expect(rows).toHaveLength(1);
    // The first save lists what differs from the defaults, and only that.
    expect(Object.keys(rows[0]!.changes.after!).sort()).toEqual(
      ["address", "businessName", "cycleDay", "invoiceNextNumber", "invoicePrefix", "issueLeadDays", "lateFeeKind", "lateFeeRateBp", "receiptPrefix", "reconnectionFee", "taxMode", "tin"].sort(),
    );
  });

  it("audits only the fields that changed, the logo as a fingerprint, and nothing when nothing changed", async () => {
    const result = await save(a, a.ownerId, { ...FORM, dueDays: "10", logoDataUrl: PNG, invoiceNextNumberShown: "1001" });
    expect(result.ok).toBe(true);
    expect((await settingsOf(a)).logoDataUrl).toBe(PNG);
    const rows = await audits(a);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.changes.before).toEqual({ dueDays: 7, logo: null });
    expect(rows[1]!.changes.after).toEqual({ dueDays: 10, logo: expect.stringMatching(/^image\/png, \d+ chars, sha256 [0-9a-f]{12}$/) });

    // The same form again (the logo field empty: keep it) changes nothing and writes no audit row.
    const again = await save(a, a.ownerId, { ...FORM, dueDays: "10", invoiceNextNumberShown: "1001" });
    expect(again).toMatchObject({ ok: true, data: { message: expect.stringMatching(/Nothing changed/) } });
    expect(await audits(a)).toHaveLength(2);
    expect((await settingsOf(a)).logoDataUrl).toBe(PNG);

    const removed = await save(a, a.ownerId, { ...FORM, dueDays: "10", removeLogo: "on", invoiceNextNumberShown: "1001" });
    expect(removed.ok).toBe(true);
    expect((await settingsOf(a)).logoDataUrl).toBeNull();
    expect((await audits(a))[2]!.changes.after).toEqual({ logo: null });
  });

  it("returns field errors for bad input, a TIN and a fixed cycle day 29 included, and changes nothing", async () => {
    const before = await settingsOf(a);
    const result = await save(a, a.ownerId, { ...FORM, businessName: "", tin: "123-45", cycleDay: "29", vatRate: "75", logoDataUrl: "data:image/gif;base64,R0lGODlh" });
    expect(result).toMatchObject({ ok: false, error: "Please correct the highlighted fields." });
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["businessName", "cycleDay", "logoDataUrl", "tin", "vatRate"]);
      expect(result.fieldErrors.tin![0]).toMatch(/9 digits/);
      expect(result.fieldErrors.cycleDay![0]).toMatch(/1 to 28/);
    }
    expect(await settingsOf(a)).toEqual(before);
    expect(await audits(a)).toHaveLength(3);
  });

  it("saves how customers pay, audited like the rest, and refuses a bad number or a name without its number next to the field", async () => {
    const pay = {
      gcashNumber: "0917 123 4567",
      gcashName: "Juan Dela Cruz",
      mayaNumber: "",
      mayaName: "",
      bankAccounts: "BDO Savings 0012 3456 7890, Alpha Fiber\n\n  LandBank 1234-5678-90  ",
      officeHours: "Mon–Sat 8:00 AM – 5:00 PM",
    };
    const saved = await save(a, a.ownerId, { ...FORM, dueDays: "10", invoiceNextNumberShown: "1001", ...pay });
    expect(saved.ok).toBe(true);
    expect(await settingsOf(a)).toMatchObject({
      gcashNumber: "+639171234567",
      gcashName: "Juan Dela Cruz",
      mayaNumber: "",
      bankAccounts: "BDO Savings 0012 3456 7890, Alpha Fiber\nLandBank 1234-5678-90",
      officeHours: "Mon–Sat 8:00 AM – 5:00 PM",
    });
    expect((await audits(a)).at(-1)!.changes).toEqual({
      before: { gcashNumber: "", gcashName: "", bankAccounts: "", officeHours: "" },
      after: { gcashNumber: "+639171234567", gcashName: "Juan Dela Cruz", bankAccounts: "BDO Savings 0012 3456 7890, Alpha Fiber\nLandBank 1234-5678-90", officeHours: "Mon–Sat 8:00 AM – 5:00 PM" },
    });
    const count = (await audits(a)).length;

    const before = await settingsOf(a);
    const bad = await save(a, a.ownerId, { ...FORM, dueDays: "10", invoiceNextNumberShown: "1001", ...pay, gcashNumber: "088 856 1234", mayaName: "Alpha Fiber" });
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { gcashNumber: [expect.stringMatching(/GCash number as a Philippine mobile number/)], mayaNumber: [expect.stringMatching(/Enter the Maya number/)] },
    });
    expect(await settingsOf(a)).toEqual(before);
    expect(await audits(a)).toHaveLength(count);
    // The database refuses a number in another form, whatever the form sent.
    await expect(withTenantOn(db.app, a.tenantId, (tx) => tx.update(billingSettings).set({ mayaNumber: "09181234567" }))).rejects.toThrow();
    // Emptied again, as the tests below expect.
    expect((await save(a, a.ownerId, { ...FORM, dueDays: "10", invoiceNextNumberShown: "1001" })).ok).toBe(true);
    expect((await settingsOf(a)).gcashNumber).toBe("");
  });

  it("refuses a cashier, who lacks settings.manage", async () => {
    const before = await settingsOf(a);
    const result = await save(a, cashierA, { ...FORM, businessName: "Cashier Was Here" });
    expect(result).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    expect(await settingsOf(a)).toEqual(before);
  });

  it("never moves a next number backward, but lets a stale form that left it alone save", async () => {
    // A billing run takes three numbers after the form was loaded (it showed 1001).
    await withTenantOn(db.app, a.tenantId, (tx) => takeNumbers(tx, a.tenantId, "invoice", 3));
    expect((await seriesOf(a, "invoice")).nextValue).toBe(1004);

    const back = await save(a, a.ownerId, { ...FORM, dueDays: "10", invoiceNextNumber: "1002", invoiceNextNumberShown: "1001", receiptNextNumber: "0" });
    expect(back.ok).toBe(false);
    if (!back.ok) expect(back.fieldErrors.receiptNextNumber).toBeDefined();
    const back2 = await save(a, a.ownerId, { ...FORM, dueDays: "10", invoiceNextNumber: "1002", invoiceNextNumberShown: "1001" });
    expect(back2).toMatchObject({ ok: false, fieldErrors: { invoiceNextNumber: [expect.stringMatching(/only move forward: numbers up to SI-00001003 .* Enter 1004 or more/)] } });
    expect((await seriesOf(a, "invoice")).nextValue).toBe(1004);

    const stale = await save(a, a.ownerId, { ...FORM, dueDays: "10", graceDays: "3", invoiceNextNumber: "1001", invoiceNextNumberShown: "1001" });
    expect(stale.ok).toBe(true);
    expect((await seriesOf(a, "invoice")).nextValue).toBe(1004);
    expect((await audits(a)).at(-1)!.changes.after).toEqual({ graceDays: 3 });

    const forward = await save(a, a.ownerId, { ...FORM, dueDays: "10", graceDays: "3", invoiceNextNumber: "5000", invoiceNextNumberShown: "1004" });
    expect(forward.ok).toBe(true);
    expect(await withTenantOn(db.app, a.tenantId, (tx) => takeNumbers(tx, a.tenantId, "invoice"))).toEqual(["SI-00005000"]);
  });

  it("refuses a session of another tenant", async () => {
    const result = await saveBillingSettingsAction.runWith(await requestAs(db.app, b, a.ownerId, a), form({ ...FORM, businessName: "Intruder" }));
    expect(result).toMatchObject({ ok: false, error: "Your session has ended. Please sign in again." });
  });

  it("keeps each tenant's settings and series to itself", async () => {
    // Tenant B was never saved: A's saves did not touch it.
    expect(await settingsOf(b)).toEqual({ ...BILLING_DEFAULTS, updatedAt: null });
    expect(await seriesOf(b, "invoice")).toMatchObject({ prefix: "INV-", nextValue: 1 });
    expect(await audits(b)).toHaveLength(0);

    const aBefore = await settingsOf(a);
    const aInvoice = await seriesOf(a, "invoice");
    const result = await save(b, b.ownerId, { ...FORM, businessName: "Bravo Broadband", tin: "987654321", invoicePrefix: "B-", invoiceNextNumber: "1", invoiceNextNumberShown: "1" });
    expect(result.ok).toBe(true);
    expect(await settingsOf(b)).toMatchObject({ businessName: "Bravo Broadband", tin: "987654321" });
    expect(await seriesOf(b, "invoice")).toMatchObject({ prefix: "B-", nextValue: 1 });
    expect(await settingsOf(a)).toEqual(aBefore);
    expect(await seriesOf(a, "invoice")).toEqual(aInvoice);
  });
});
