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
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { pdfPages } from "../support/pdf-text";
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
    const { seller, documents } = await withTenantOn(db.app, t.tenantId, (tx) => invoiceDocuments(tx, { billingRunId: runId }));
    const pages = await pdfPages(await renderInvoicesPdf(seller, documents));
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
    expect(pages[1]).toContain("No. INV-00000002");
  });

  it("prints VAT on its own line for a VAT-registered seller", async () => {
    await setUp("vat_inclusive");
    const { seller, documents } = await withTenantOn(db.app, t.tenantId, (tx) => invoiceDocuments(tx, { billingRunId: runId }));
    // The invoices were issued without VAT; re-label them as a VAT seller's to check the layout.
    const vatDocs = documents.map((d) => ({ ...d, taxMode: "vat_inclusive", vatable: 178825, vat: 21459 }));
    const [page] = await pdfPages(await renderInvoicesPdf(seller, vatDocs.slice(0, 1)));
    expect(page).toContain("VAT-registered");
    expect(page).toContain("VATable sales ₱1,788.25");
    expect(page).toContain("VAT ₱214.59");
    expect(page).not.toContain("NOT VALID FOR CLAIM OF INPUT TAX");
  });

  it("renders a batch of many invoices (timing printed, no threshold)", async () => {
    const { seller, documents } = await withTenantOn(db.app, t.tenantId, (tx) => invoiceDocuments(tx, { billingRunId: runId }));
    const batch = Array.from({ length: 50 }, (_, i) => ({ ...documents[i % documents.length]!, id: `${i}`, number: `INV-B${String(i).padStart(5, "0")}` }));
    const started = performance.now();
    const pdf = await renderInvoicesPdf(seller, batch);
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
