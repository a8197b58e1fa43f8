import { invoiceForMessage, receiptForMessage } from "@/db/queries/document-recipients";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { readDocumentLink, type DocumentKind } from "./links";

/** What the customer's page of a sent link shows: the document in a line or two, or why the link does not open. */
export type SharedDocument =
  | {
      ok: true;
      kind: DocumentKind;
      id: string;
      number: string;
      customerName: string;
      /** Invoice: the balance still due; receipt: the amount received. */
      amount: number;
      total: number;
      /** Invoice: due date; receipt: the day paid. */
      date: string;
      status: string;
      expiresAt: Date;
    }
  | { ok: false; reason: "invalid" | "expired" };

/**
 * Opens a sent link on the tenant whose host it came to: the signature
 * (tenant, document, expiry) first, then the document under that tenant's
 * row-level security. A link signed for another tenant, altered, or naming a
 * document that is gone reads as "invalid"; a genuine old one as "expired".
 */
export async function openSharedDocument(db: Database, tenantId: string, token: string, secret: string, now = new Date()): Promise<SharedDocument> {
  const check = readDocumentLink(token, tenantId, secret, now);
  if (!check.ok) return check;
  return withTenantOn(db, tenantId, async (tx): Promise<SharedDocument> => {
    if (check.kind === "invoice") {
      const inv = await invoiceForMessage(tx, { id: check.id });
      if (!inv) return { ok: false, reason: "invalid" };
      const balance = inv.status === "void" ? 0 : inv.total - inv.amountPaid;
      return { ok: true, kind: "invoice", id: inv.id, number: inv.number, customerName: `${inv.firstName} ${inv.lastName}`, amount: balance, total: inv.total, date: inv.dueDate, status: inv.status, expiresAt: check.expiresAt };
    }
    const p = await receiptForMessage(tx, { id: check.id });
    if (!p) return { ok: false, reason: "invalid" };
    return { ok: true, kind: "receipt", id: p.id, number: p.receiptNumber, customerName: `${p.firstName} ${p.lastName}`, amount: p.amount, total: p.amount, date: p.paidOn, status: p.status, expiresAt: check.expiresAt };
  });
}
