import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderInvoicesPdf, renderReceiptPdf, renderStatementPdf } from "@/components/pdf/render";
import { getPayment } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { statementSources } from "@/db/queries/statements";
import { buildLedger } from "@/lib/billing/ledger";
import { postPayment } from "@/lib/billing/payments";
import { billingSettings } from "@/db/schema";
import { invoiceDocuments } from "@/db/queries/invoice-documents";
import { invoiceBills } from "@/lib/billing/bill-documents";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { billScenario } from "../support/bill-scenario";
import { pdfPages, pdfQrCodes } from "../support/pdf-text";
import { actingAs, signUp, type TestTenant } from "../support/tenants";

/** Invoices of a billing run as PDF, read back as text. PGlite only: the PDF does not depend on the server. */
describe.each(backends.filter((b) => b.name === "pglite"))("invoice PDFs on $name", ({ open }) => {
  let db: TestDatabase;
  let t: TestTenant;
  let runId: string;

  async function setUp(taxMode: "none" | "vat_inclusive") {
    await withTenantOn(db.app, t.tenantId, (tx) =>
      tx
        .insert(billingSettings)
        .values({ tenantId: t.tenantId, businessName: "Macajalar Fiber Internet Services", address: "Bulua, Cagayan de Oro City", tin: "123456789", branchCode: "0000", taxMode })
        .onConflictDoUpdate({ target: billingSettings.tenantId, set: { taxMode } }),
    );
  }

  beforeAll(async () => {
    db = await open();
    t = await signUp(db.app, "pdf-fiber");
    await setUp("none");
    runId = await withTenantOn(db.app, t.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-03-20" };
      const brgy = await createBarangay(ctx, t.tenantId, { name: "Bulua", city: "Cagayan de Oro City", province: "Misamis Oriental" });
      const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
      for (const [i, name] of ["Niño Pacaña", "Maria Santos"].entries()) {
        const [first, last] = name.split(" ");
        const c = await createCustomer(ctx, t.tenantId, { firstName: first!, lastName: last!, mobile: `+63917000000${i}`, barangayId: brgy.id, addressLine: "Purok 2", notes: "" });
        const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-03-20", label: "" });
        await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-03-20" });
      }
      return (await executeBillingRun(ctx, t.tenantId, "2026-03-20")).runId!;
    });
  });
  afterAll(async () => db?.drop());

  it("prints a non-VAT invoice with number, customer, lines, totals, the peso sign and the input-tax notice", async () => {
    const { seller, payTo, documents } = await withTenantOn(db.app, t.tenantId, (tx) => invoiceBills(tx, t.tenantId, { billingRunId: runId }));
    const pdf = await renderInvoicesPdf(seller, payTo, documents);
    const pages = await pdfPages(pdf);
    expect(pages).toHaveLength(2);
    const first = pages[0]!;
    expect(first).toContain("Macajalar Fiber Internet Services");
    expect(first).toContain("TIN 123-456-789-0000");
    expect(first).toContain("NON-VAT REGISTERED");
    expect(first).toContain("No. INV-00000001");
    // A person reads the period with its last day, not the exclusive end of the range (2026-04-01).
    expect(first).toMatch(/Service period: Mar 1, 2026 . Mar 31, 2026/);
    expect(first).toContain("Due: Mar");
    expect(first).not.toContain("2026-04-01");
    expect(first).toContain("Niño Pacaña");
    expect(first).toContain("Installation fee");
    expect(first).toContain("₱502.84");
    expect(first).toContain("₱1,500.00");
    expect(first).toContain("₱2,002.84");
    expect(first).toContain("THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX");
    expect(first).not.toContain("±");
    // A first bill: nothing before it, the invoice is the amount due; no how-to-pay entered, no such section.
    expect(first).toContain("Previous balance ₱0.00");
    expect(first).toContain("Payments received ₱0.00");
    expect(first).toContain("Total amount due ₱2,002.84");
    expect(first).not.toContain("How to pay");
    // No TIN for a household.
    expect(first).not.toMatch(/Account ACC-\d+ .*TIN/);
    expect(pages[1]).toContain("No. INV-00000002");
    expect(await pdfQrCodes(pdf)).toEqual([["fiberbill:ACC-000001?due=2002.84"], ["fiberbill:ACC-000002?due=2002.84"]]);
  });

  it("prints the account summary of a second bill: previous balance, payments since, total due, due and disconnection dates, how to pay, the buyer's TIN and a QR code", async () => {
    const s = await billScenario(db.app, "pdf-bill");
    const { seller, payTo, documents } = await withTenantOn(db.app, s.tenant.tenantId, (tx) => invoiceBills(tx, s.tenant.tenantId, { ids: [s.business.april.id] }));
    const pdf = await renderInvoicesPdf(seller, payTo, documents);
    const [page] = await pdfPages(pdf);
    expect(page).toContain("No. INV-00000003");
    expect(page).toContain("Niño Pacaña · Account ACC-000001");
    expect(page).toContain("Purok 2, Carmen, Cagayan de Oro City, Misamis Oriental");
    expect(page).toContain("TIN 123-456-789-00000");
    expect(page).toContain("Due: Apr 8, 2026");
    expect(page).toContain("Current charges ₱1,299.00");
    expect(page).toContain("Account summary");
    expect(page).toContain("Previous balance (INV-00000001, Mar 20, 2026) ₱2,002.84");
    expect(page).toContain("Payments received since Mar 20, 2026 -₱1,000.00");
    expect(page).toContain("Current charges (this invoice) ₱1,299.00");
    expect(page).toContain("Total amount due ₱2,301.84");
    expect(page).toContain("Please pay by Apr 8, 2026.");
    // Due Apr 8 and 5 grace days: the daily run suspends unpaid lines from Apr 14.
    expect(page).toContain("Service may be disconnected on Apr 14, 2026 if unpaid.");
    expect(page).toContain("How to pay");
    expect(page).toContain("GCash 0917 123 4567 (Juan Dela Cruz)");
    expect(page).toContain("Maya 0918 123 4567 (JDC Fiber)");
    expect(page).toContain("Bank BDO Savings 0012 3456 7890, JDC Fiber Internet Services");
    expect(page).toContain("Bank LandBank Current 1234-5678-90, Juan Dela Cruz");
    expect(page).toContain("Office hours Mon–Sat 8:00 AM – 5:00 PM, 12 Corrales Ave, Carmen");
    expect(page).toContain("put your account number ACC-000001 in the message");
    expect(page).toContain("Scan at the counter");
    expect(await pdfQrCodes(pdf)).toEqual([["fiberbill:ACC-000001?due=2301.84"]]);

    // The run's batch prints the same for every invoice of the run, the household's without a TIN.
    const batch = await withTenantOn(db.app, s.tenant.tenantId, (tx) => invoiceBills(tx, s.tenant.tenantId, { billingRunId: s.runs.april }));
    const batchPdf = await renderInvoicesPdf(batch.seller, batch.payTo, batch.documents);
    const pages = await pdfPages(batchPdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toBe(page);
    expect(pages[1]).toContain("Previous balance (INV-00000002, Mar 20, 2026) ₱2,002.84");
    expect(pages[1]).toContain("Payments received since Mar 20, 2026 ₱0.00");
    expect(pages[1]).toContain("Total amount due ₱3,301.84");
    expect(pages[1]).not.toContain("TIN 123-456-789-00000");
    expect(pages[1]!.match(/TIN /g)).toHaveLength(1);
    expect(await pdfQrCodes(batchPdf)).toEqual([["fiberbill:ACC-000001?due=2301.84"], ["fiberbill:ACC-000002?due=3301.84"]]);
  });

  it("prints VAT on its own line for a VAT-registered seller", async () => {
    await setUp("vat_inclusive");
    const { seller, payTo, documents } = await withTenantOn(db.app, t.tenantId, (tx) => invoiceBills(tx, t.tenantId, { billingRunId: runId }));
    // The invoices were issued without VAT; re-label them as a VAT seller's to check the layout.
    const vatDocs = documents.map((d) => ({ ...d, taxMode: "vat_inclusive", vatable: 178825, vat: 21459 }));
    const [page] = await pdfPages(await renderInvoicesPdf(seller, payTo, vatDocs.slice(0, 1)));
    expect(page).toContain("VAT-registered");
    expect(page).toContain("VATable sales ₱1,788.25");
    expect(page).toContain("VAT ₱214.59");
    expect(page).not.toContain("NOT VALID FOR CLAIM OF INPUT TAX");
  });

  it("renders a batch of many invoices (timing printed, no threshold)", async () => {
    const { seller, payTo, documents } = await withTenantOn(db.app, t.tenantId, (tx) => invoiceBills(tx, t.tenantId, { billingRunId: runId }));
    const batch = Array.from({ length: 50 }, (_, i) => ({ ...documents[i % documents.length]!, id: `${i}`, number: `INV-B${String(i).padStart(5, "0")}` }));
    const started = performance.now();
    const pdf = await renderInvoicesPdf(seller, payTo, batch);
    console.log(`[pdf] ${batch.length} invoices rendered in ${Math.round(performance.now() - started)} ms (${Math.round(pdf.length / 1024)} KiB)`);
    expect((await pdfPages(pdf)).length).toBe(50);
  });

  it("reads the seller for every document from one place: the saved settings, else the column defaults", async () => {
    const saved = await withTenantOn(db.app, t.tenantId, (tx) => sellerDetails(tx));
    expect(saved).toMatchObject({ businessName: "Macajalar Fiber Internet Services", tin: "123456789", branchCode: "0000", logoDataUrl: null });
    const fresh = await signUp(db.app, "pdf-unset");
    const unset = await withTenantOn(db.app, fresh.tenantId, (tx) => sellerDetails(tx));
    // What a row saved with nothing filled in would hold: documents print the same before and after.
    const bare = await withTenantOn(db.app, fresh.tenantId, async (tx) => {
      await tx.insert(billingSettings).values({ tenantId: fresh.tenantId });
      return sellerDetails(tx);
    });
    expect(unset).toEqual(bare);
    expect(unset).toEqual({ businessName: "", address: "", tin: "", branchCode: "0000", taxMode: "none", logoDataUrl: null });
  });

  it("prints a payment receipt labelled as supplementary, and the statement of account with its running balance", async () => {
    await setUp("none");
    const { receipt, seller, ledger } = await withTenantOn(db.app, t.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, t), userId: t.ownerId };
      const [first] = await invoiceDocuments(tx, { billingRunId: runId }).then((r) => r.documents);
      const cid = rowsOf<{ customer_id: string }>(await tx.execute(sql`select customer_id from invoices where id = ${first!.id}`))[0]!;
      const paid = await postPayment(ctx, t.tenantId, { customerId: cid.customer_id, amount: 250000, method: "gcash", reference: "5001234567", paidOn: "2026-03-21" });
      return {
        receipt: (await getPayment(tx, { id: paid.id }))!,
        seller: await sellerDetails(tx),
        ledger: buildLedger(await statementSources(tx, { customerId: cid.customer_id })),
      };
    });
    const [receiptText] = await pdfPages(await renderReceiptPdf({ seller, receipt }));
    expect(receiptText).toContain("PAYMENT RECEIPT");
    expect(receiptText).toContain("Supplementary document");
    expect(receiptText).toContain("No. PR-00000001");
    expect(receiptText).toContain("₱2,500.00");
    expect(receiptText).toContain("GCash · Ref. 5001234567");
    expect(receiptText).toContain("Invoice INV-00000001 ₱2,002.84");
    expect(receiptText).toContain("Credit for next invoices ₱497.16");
    const [statement] = await pdfPages(
      await renderStatementPdf({ seller, customer: { name: "Niño Pacaña", accountNo: "ACC-000001", address: "Bulua" }, entries: ledger.entries, closing: ledger.closing, asOf: "2026-03-21" }),
    );
    expect(statement).toContain("STATEMENT OF ACCOUNT");
    expect(statement).toContain("INV-00000001");
    expect(statement).toContain("PR-00000001");
    expect(statement).toContain("Credit: ₱497.16");
  });
});
