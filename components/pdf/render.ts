import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { SellerDetails } from "@/db/queries/seller";
import type { InvoiceBill } from "@/lib/billing/bill-documents";
import { qrPngDataUrl } from "@/lib/billing/bill-qr";
import type { PayTo } from "@/lib/billing/pay-to";
import { registerPdfFonts } from "./fonts";
import { InvoicesDocument } from "./invoice-document";
import { ReceiptDocument } from "./receipt-document";
import { StatementDocument } from "./statement-document";

/** Invoices with their bill facts (lib/billing/bill-documents.ts invoiceBills) as one PDF; QR codes drawn here, outside the transaction. */
export async function renderInvoicesPdf(seller: SellerDetails | null, payTo: PayTo, bills: InvoiceBill[]): Promise<Buffer> {
  registerPdfFonts();
  const invoices = await Promise.all(bills.map(async (b) => ({ ...b, qrPng: b.bill ? await qrPngDataUrl(b.bill.qrText) : null })));
  return renderToBuffer(createElement(InvoicesDocument, { seller, payTo, invoices }) as Parameters<typeof renderToBuffer>[0]);
}

export async function renderStatementPdf(props: Parameters<typeof StatementDocument>[0]): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(createElement(StatementDocument, props) as Parameters<typeof renderToBuffer>[0]);
}

export async function renderReceiptPdf(props: Parameters<typeof ReceiptDocument>[0]): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(createElement(ReceiptDocument, props) as Parameters<typeof renderToBuffer>[0]);
}
