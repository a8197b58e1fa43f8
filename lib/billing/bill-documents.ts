import { invoiceDocuments, type InvoiceDocumentData } from "@/db/queries/invoice-documents";
import type { InvoiceScope } from "@/db/queries/bill-balances";
import type { Tx } from "@/db/types";
import { billsFor, type BillFacts } from "./bill-facts";

export type InvoiceBill = InvoiceDocumentData & { bill: BillFacts | null };

/**
 * Everything the invoice PDF prints, for one invoice or a billing run's batch:
 * the documents, their bill facts and how to pay, in a fixed number of queries
 * whatever the number of invoices.
 */
export async function invoiceBills(tx: Tx, tenantId: string, scope: InvoiceScope) {
  const { seller, documents } = await invoiceDocuments(tx, scope);
  const { payTo, facts } = await billsFor(tx, tenantId, documents, scope);
  return { seller, payTo, documents: documents.map((d): InvoiceBill => ({ ...d, bill: facts.get(d.id) ?? null })) };
}
