import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { executeBillingRun } from "@/lib/billing/run";
import { createCustomer } from "@/lib/customers/customers";
import { openSharedDocument } from "@/lib/documents/shared";
import { env } from "@/lib/env";
import { createPlan } from "@/lib/plans/plans";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { actingAs, addStaff, signUp, type TestTenant } from "../support/tenants";

// The actions build the link from the origin the staff member reached: requestAs gives http://<slug>.localhost:3000.

const { sendInvoiceAction } = await import("@/app/(tenant)/t/[tenant]/(app)/billing/actions");
const { postPaymentAction, sendReceiptAction, voidPaymentAction } = await import("@/app/(tenant)/t/[tenant]/(app)/payments/actions");

/** A tenant with one subscriber (mobile and email) billed for March 2026 (₱2,799.00: installation + first month). */
async function billedTenant(db: TestDatabase, slug: string) {
  const t = await signUp(db.app, slug);
  const customerId = await withTenantOn(db.app, t.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, t), userId: t.ownerId, today: "2026-03-01" };
    const brgy = await createBarangay(ctx, t.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, t.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
    const c = await createCustomer(ctx, t.tenantId, { firstName: "Maria", lastName: "Santos", mobile: "+639175551234", email: `maria@${slug}.test`, barangayId: brgy.id, addressLine: "", notes: "" });
    const s = await addSubscription(ctx, t.tenantId, { customerId: c.id, planId: plan.id, startDate: "2026-03-01", label: "" });
    await transitionSubscription(ctx, t.tenantId, s.id, "activate", { date: "2026-03-01" });
    await executeBillingRun({ ...ctx }, t.tenantId, "2026-03-01");
    return c.id;
  });
  const [invoice] = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ id: string; number: string }>(await tx.execute(sql`select id, number from invoices order by number`)));
  return { t, customerId, invoiceId: invoice!.id, invoiceNumber: invoice!.number };
}

type Message = { channel: string; recipient: string; template_key: string; subject: string | null; body: string; customer_id: string };

describe.each(backends)("sending invoices and receipts on $name", ({ open }) => {
  let db: TestDatabase;
  let a: Awaited<ReturnType<typeof billedTenant>>;
  let b: Awaited<ReturnType<typeof billedTenant>>;
  let cashierA: string;
  let technicianA: string;
  const messages = (t: TestTenant, key: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<Message>(await tx.execute(sql`select channel, recipient, template_key, subject, body, customer_id from outbox_messages where template_key = ${key} order by created_at, channel desc`)),
    );
  const audits = (t: TestTenant, action: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ entity_id: string; changes: { after: Record<string, unknown> } }>(await tx.execute(sql`select entity_id, changes from audit_log where action = ${action} order by created_at`)),
    );
  const sendInvoice = async (t: TestTenant, userId: string, id: string) => sendInvoiceAction.runWith(await requestAs(db.app, t, userId), form({ id }));
  const sendReceipt = async (t: TestTenant, userId: string, id: string) => sendReceiptAction.runWith(await requestAs(db.app, t, userId), form({ id }));
  const linkIn = (body: string) => /http:\/\/docs-alpha\.localhost:3000\/d\/([A-Za-z0-9_-]+)/.exec(body)?.[1];

  beforeAll(async () => {
    db = await open();
    a = await billedTenant(db, "docs-alpha");
    b = await billedTenant(db, "docs-bravo");
    cashierA = await addStaff(db.app, a.t, "cashier@docs-alpha.test", "Cashier");
    technicianA = await addStaff(db.app, a.t, "tech@docs-alpha.test", "Technician");
  });
  afterAll(async () => db?.drop());

  it("queues one message per channel the customer has, with amount, due date and link, and audits the send", async () => {
    const result = await sendInvoice(a.t, cashierA, a.invoiceId);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toEqual({
      number: a.invoiceNumber,
      customerName: "Maria Santos",
      queued: [
        { channel: "sms", recipient: "+639175551234" },
        { channel: "email", recipient: "maria@docs-alpha.test" },
      ],
    });
    const rows = await messages(a.t, "invoice_sent");
    expect(rows.map((r) => [r.channel, r.recipient, r.customer_id])).toEqual([
      ["sms", "+639175551234", a.customerId],
      ["email", "maria@docs-alpha.test", a.customerId],
    ]);
    const sms = rows[0]!.body;
    expect(sms).toMatch(new RegExp(`^Hi Maria, your docs-alpha Fiber bill ${a.invoiceNumber} is PHP 2,799\\.00, due \\w{3} \\d{1,2}, 2026\\. View it: http://docs-alpha\\.localhost:3000/d/[A-Za-z0-9_-]+$`));
    expect(rows[1]!.subject).toBe(`docs-alpha Fiber: invoice ${a.invoiceNumber}`);
    const [audit] = await audits(a.t, "invoice.send");
    expect(audit).toMatchObject({ entity_id: a.invoiceId, changes: { after: { number: a.invoiceNumber, customerId: a.customerId, channels: ["sms", "email"] } } });
  });

  it("sends again on a second press (a fresh message, not deduplicated away)", async () => {
    const before = (await messages(a.t, "invoice_sent")).length;
    const again = await sendInvoice(a.t, a.t.ownerId, a.invoiceId);
    expect(again.ok).toBe(true);
    expect((await messages(a.t, "invoice_sent")).length).toBe(before + 2);
  });

  it("the link in the message opens the invoice on its tenant's host only, until it expires, and not when altered", async () => {
    const token = linkIn((await messages(a.t, "invoice_sent"))[0]!.body)!;
    expect(token).toBeTruthy();
    const valid = await openSharedDocument(db.app, a.t.tenantId, token, env.AUTH_SECRET);
    expect(valid).toMatchObject({ ok: true, kind: "invoice", id: a.invoiceId, number: a.invoiceNumber, amount: 279900, customerName: "Maria Santos" });
    // Another workspace's host: the signature covers the tenant, and B's rows are not A's anyway.
    expect(await openSharedDocument(db.app, b.t.tenantId, token, env.AUTH_SECRET)).toEqual({ ok: false, reason: "invalid" });
    const in31Days = new Date(Date.now() + 31 * 86_400_000);
    expect(await openSharedDocument(db.app, a.t.tenantId, token, env.AUTH_SECRET, in31Days)).toEqual({ ok: false, reason: "expired" });
    const flipped = token.slice(0, 30) + (token[30] === "A" ? "B" : "A") + token.slice(31);
    expect(await openSharedDocument(db.app, a.t.tenantId, flipped, env.AUTH_SECRET)).toEqual({ ok: false, reason: "invalid" });
    // A validly signed link to another id of the same tenant (B's invoice signed for A) names nothing A has.
    const { signDocumentLink } = await import("@/lib/documents/links");
    const stray = signDocumentLink(a.t.tenantId, { kind: "invoice", id: b.invoiceId, expiresAt: new Date(Date.now() + 86_400_000) }, env.AUTH_SECRET);
    expect(await openSharedDocument(db.app, a.t.tenantId, stray, env.AUTH_SECRET)).toEqual({ ok: false, reason: "invalid" });
  });

  it("another tenant's invoice id is not found, and nothing is queued or audited", async () => {
    const beforeA = (await messages(a.t, "invoice_sent")).length;
    const beforeB = (await messages(b.t, "invoice_sent")).length;
    const result = await sendInvoice(a.t, a.t.ownerId, b.invoiceId);
    expect(result).toMatchObject({ ok: false, error: "That invoice was not found." });
    expect((await messages(a.t, "invoice_sent")).length).toBe(beforeA);
    expect((await messages(b.t, "invoice_sent")).length).toBe(beforeB);
    expect((await audits(b.t, "invoice.send")).length).toBe(0);
    // A session of tenant B replayed on A's host is refused before anything runs.
    const replay = await sendInvoiceAction.runWith(await requestAs(db.app, a.t, b.t.ownerId, b.t), form({ id: a.invoiceId }));
    expect(replay.ok).toBe(false);
  });

  it("refuses staff without the permission, and a malformed id, queueing nothing", async () => {
    const before = (await messages(a.t, "invoice_sent")).length;
    const tech = await sendInvoice(a.t, technicianA, a.invoiceId);
    expect(tech).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    const bad = await sendInvoice(a.t, a.t.ownerId, "not-a-uuid");
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors.id).toBeDefined();
    expect((await messages(a.t, "invoice_sent")).length).toBe(before);
  });

  it("says so when SMS and email are both off for the message, and queues nothing", async () => {
    const t = await billedTenant(db, "docs-quiet");
    await withTenantOn(db.app, t.t.tenantId, (tx) =>
      tx.execute(sql`insert into notification_templates (tenant_id, key, subject, body, sms_enabled, email_enabled) values (${t.t.tenantId}::uuid, 'invoice_sent', 's', 'b {link}', false, false)`),
    );
    const result = await sendInvoice(t.t, t.t.ownerId, t.invoiceId);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Nothing was queued/) });
    expect(await messages(t.t, "invoice_sent")).toEqual([]);
    expect(await audits(t.t, "invoice.send")).toEqual([]);
  });

  it("sends a receipt: amount, receipt number and link; audited; a void receipt is refused; other tenants and roles get nothing", async () => {
    const paid = await postPaymentAction.runWith(await requestAs(db.app, a.t, cashierA), form({ customerId: a.customerId, amount: "1,000", method: "cash", paidOn: "2026-03-05" }));
    if (!paid.ok) throw new Error(paid.error);
    const sent = await sendReceipt(a.t, cashierA, paid.data.id);
    expect(sent.ok && sent.data.queued.map((q) => q.channel)).toEqual(["sms", "email"]);
    const rows = await messages(a.t, "receipt_sent");
    expect(rows[0]!.body).toMatch(new RegExp(`^Hi Maria, your docs-alpha Fiber receipt ${paid.data.receiptNumber} for PHP 1,000\\.00: http://docs-alpha\\.localhost:3000/d/[A-Za-z0-9_-]+ Thank you!$`));
    const token = linkIn(rows[0]!.body)!;
    expect(await openSharedDocument(db.app, a.t.tenantId, token, env.AUTH_SECRET)).toMatchObject({ ok: true, kind: "receipt", number: paid.data.receiptNumber, amount: 100000 });
    const [audit] = await audits(a.t, "payment.send_receipt");
    expect(audit).toMatchObject({ entity_id: paid.data.id, changes: { after: { number: paid.data.receiptNumber, channels: ["sms", "email"] } } });

    expect(await sendReceipt(b.t, b.t.ownerId, paid.data.id)).toMatchObject({ ok: false, error: "That receipt was not found." });
    expect(await sendReceipt(a.t, technicianA, paid.data.id)).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    await voidPaymentAction.runWith(await requestAs(db.app, a.t, a.t.ownerId), form({ id: paid.data.id, reason: "Wrong account" }));
    expect(await sendReceipt(a.t, a.t.ownerId, paid.data.id)).toMatchObject({ ok: false, error: expect.stringMatching(/is void/) });
    expect((await messages(a.t, "receipt_sent")).length).toBe(2);
    expect((await messages(b.t, "receipt_sent")).length).toBe(0);
  });
});
