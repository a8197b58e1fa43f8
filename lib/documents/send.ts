import { randomUUID } from "node:crypto";
import { invoiceForMessage, receiptForMessage } from "@/db/queries/document-recipients";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { insertOutboxRows, loadNotifyConfig, outboxRowsFor, type MessageRequest } from "@/lib/notify/queue";
import { smsAmount } from "@/lib/notify/templates";
import { formatCalendarDate } from "@/lib/time/format";
import { documentLinkExpiry, documentLinkPath, signDocumentLink, type DocumentKind } from "./links";

export type SendContext = { tx: Tx; audit: (entry: AuditEntry) => Promise<void> };

/** Where the link in the message points: the tenant's origin as the sender reached it, and the app's secret. */
export type LinkSettings = { origin: string; secret: string; now?: Date };

export type QueuedMessage = { channel: "sms" | "email"; recipient: string };
export type SentDocument = { number: string; customerName: string; queued: QueuedMessage[] };

function documentUrl(tenantId: string, kind: DocumentKind, id: string, link: LinkSettings): string {
  const token = signDocumentLink(tenantId, { kind, id, expiresAt: documentLinkExpiry(link.now) }, link.secret);
  return `${link.origin}${documentLinkPath(token)}`;
}

/**
 * Queues the message and writes the audit row. A send is a fresh message each
 * time (staff send again after fixing a mobile number): its dedupe key is new.
 */
async function queueDocument(
  ctx: SendContext,
  tenantId: string,
  doc: { kind: DocumentKind; id: string; number: string; customer: { id: string; firstName: string; lastName: string; mobile: string | null; email: string | null } },
  request: Omit<MessageRequest, "to" | "dedupeKey">,
): Promise<SentDocument> {
  const customerName = `${doc.customer.firstName} ${doc.customer.lastName}`;
  if (!doc.customer.mobile && !doc.customer.email) {
    throw new UserFacingError(`${customerName} has no mobile number or email address: add one on the customer's page, then send again.`);
  }
  const config = await loadNotifyConfig(ctx.tx, tenantId);
  const rows = outboxRowsFor(config, {
    ...request,
    to: { customerId: doc.customer.id, mobile: doc.customer.mobile, email: doc.customer.email },
    dedupeKey: `${request.key}:${doc.id}:${randomUUID()}`,
  });
  if (rows.length === 0) {
    throw new UserFacingError("Nothing was queued: SMS and email are turned off for this message (Settings > Notifications).");
  }
  await insertOutboxRows(ctx.tx, tenantId, rows);
  const channels = rows.map((r) => r.channel);
  await ctx.audit({
    action: doc.kind === "invoice" ? "invoice.send" : "payment.send_receipt",
    entityType: doc.kind === "invoice" ? "invoice" : "payment",
    entityId: doc.id,
    after: { number: doc.number, customerId: doc.customer.id, channels },
  });
  return { number: doc.number, customerName, queued: rows.map((r) => ({ channel: r.channel, recipient: r.recipient })) };
}

/** "Send" on an invoice: the amount still due (the total once paid), the due date and a signed link, by SMS and email. */
export async function sendInvoice(ctx: SendContext, tenantId: string, invoiceId: string, link: LinkSettings): Promise<SentDocument> {
  const inv = await invoiceForMessage(ctx.tx, { id: invoiceId });
  if (!inv) throw new NotFoundError("That invoice");
  if (inv.status === "void") throw new UserFacingError(`Invoice ${inv.number} is void: it cannot be sent.`);
  const due = inv.total - inv.amountPaid;
  return queueDocument(
    ctx,
    tenantId,
    { kind: "invoice", id: inv.id, number: inv.number, customer: { id: inv.customerId, firstName: inv.firstName, lastName: inv.lastName, mobile: inv.mobile, email: inv.email } },
    {
      key: "invoice_sent",
      vars: {
        name: inv.firstName,
        account_no: inv.accountNo,
        invoice_no: inv.number,
        amount: smsAmount(due > 0 ? due : inv.total),
        due_date: formatCalendarDate(inv.dueDate),
        link: documentUrl(tenantId, "invoice", inv.id, link),
      },
    },
  );
}

/** "Send" on a receipt: the amount received and a signed link to the receipt. */
export async function sendReceipt(ctx: SendContext, tenantId: string, paymentId: string, link: LinkSettings): Promise<SentDocument> {
  const p = await receiptForMessage(ctx.tx, { id: paymentId });
  if (!p) throw new NotFoundError("That receipt");
  if (p.status === "void") throw new UserFacingError(`Receipt ${p.receiptNumber} is void: it cannot be sent.`);
  return queueDocument(
    ctx,
    tenantId,
    { kind: "receipt", id: p.id, number: p.receiptNumber, customer: { id: p.customerId, firstName: p.firstName, lastName: p.lastName, mobile: p.mobile, email: p.email } },
    {
      key: "receipt_sent",
      vars: { name: p.firstName, account_no: p.accountNo, receipt_no: p.receiptNumber, amount: smsAmount(p.amount), link: documentUrl(tenantId, "receipt", p.id, link) },
    },
  );
}

/** Where Send would deliver now (the customer's contacts, the tenant's channels and the message's settings), for the button's note. */
export async function sendTargets(tx: Tx, tenantId: string, kind: DocumentKind, to: { mobile: string | null; email: string | null }): Promise<QueuedMessage[]> {
  const config = await loadNotifyConfig(tx, tenantId);
  return outboxRowsFor(config, { key: kind === "invoice" ? "invoice_sent" : "receipt_sent", to, vars: {}, dedupeKey: "preview" }).map((r) => ({ channel: r.channel, recipient: r.recipient }));
}

/** "SMS to +639… and email to maria@…", or null when nothing would go out. */
export function describeTargets(targets: QueuedMessage[]): string | null {
  if (targets.length === 0) return null;
  return targets.map((t) => `${t.channel === "sms" ? "SMS" : "email"} to ${t.recipient}`).join(" and ");
}
