import { renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import type { InvoiceDocumentData } from "@/db/queries/invoice-documents";
import type { SellerDetails } from "@/db/queries/seller";
import { registerPdfFonts } from "./fonts";
import { InvoicesDocument } from "./invoice-document";
import { ReceiptDocument } from "./receipt-document";
import { StatementDocument } from "./statement-document";

export async function renderInvoicesPdf(seller: SellerDetails | null, invoices: InvoiceDocumentData[]): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(createElement(InvoicesDocument, { seller, invoices }) as Parameters<typeof renderToBuffer>[0]);
}

export async function renderStatementPdf(props: Parameters<typeof StatementDocument>[0]): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(createElement(StatementDocument, props) as Parameters<typeof renderToBuffer>[0]);
}

export async function renderReceiptPdf(props: Parameters<typeof ReceiptDocument>[0]): Promise<Buffer> {
  registerPdfFonts();
  return renderToBuffer(createElement(ReceiptDocument, props) as Parameters<typeof renderToBuffer>[0]);
}
