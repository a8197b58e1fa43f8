import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { SellerDetails } from "@/db/queries/seller";
import type { InvoiceBill } from "@/lib/billing/bill-documents";
import type { PayTo } from "@/lib/billing/pay-to";
import { formatPesos } from "@/lib/money";
import { formatBuyerTin } from "@/lib/validations/billing-settings";
import { dueLines, payToLines, QR_CAPTION, summaryRows, transferNote } from "../billing/bill-text";
import { formatIsoDate, formatPeriod } from "../billing/format";
import { PDF_FONT } from "./fonts";

/** An invoice as the PDF prints it: its bill facts, and its QR code as a PNG data: URL (null on a void invoice). */
export type InvoicePdfData = InvoiceBill & { qrPng: string | null };

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, padding: 36, color: "#111" },
  row: { flexDirection: "row", justifyContent: "space-between" },
  seller: { marginBottom: 12 },
  sellerName: { fontSize: 13, fontWeight: "bold" },
  muted: { color: "#555" },
  title: { fontSize: 16, fontWeight: "bold", marginTop: 8 },
  box: { borderWidth: 1, borderColor: "#ccc", padding: 8, marginTop: 10 },
  th: { flexDirection: "row", borderBottomWidth: 1, borderColor: "#999", paddingBottom: 3, marginTop: 12, fontWeight: "bold" },
  tr: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderColor: "#ddd" },
  desc: { flex: 1 },
  amount: { width: 90, textAlign: "right" },
  totals: { marginTop: 8, marginLeft: "auto", width: 220 },
  totalRow: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  grand: { fontWeight: "bold", fontSize: 11, borderTopWidth: 1, borderColor: "#111", paddingTop: 3 },
  notice: { marginTop: 16, fontWeight: "bold", textAlign: "center" },
  void: { position: "absolute", top: 260, left: 120, fontSize: 72, color: "#d33", opacity: 0.35, transform: "rotate(-30deg)" },
  logo: { width: 56, height: 56, objectFit: "contain" },
  bill: { flexDirection: "row", borderWidth: 1, borderColor: "#111", padding: 8, marginTop: 14, gap: 12 },
  billRows: { flex: 1 },
  due: { fontWeight: "bold", fontSize: 12, borderTopWidth: 1, borderColor: "#111", paddingTop: 3, marginTop: 2 },
  warning: { marginTop: 4, fontWeight: "bold", color: "#b00" },
  qr: { width: 84, alignItems: "center" },
  qrImage: { width: 84, height: 84 },
  small: { fontSize: 7, color: "#555", textAlign: "center" },
  payTo: { marginTop: 10 },
  payLabel: { width: 70, color: "#555" },
});

/** The account summary: previous balance, payments since, current charges, the total due and when, and the QR code. */
function BillBox({ invoice }: { invoice: InvoicePdfData }) {
  const f = invoice.bill!;
  const { due, warning, credit } = dueLines(f);
  return (
    <View style={s.bill} wrap={false}>
      <View style={s.billRows}>
        <Text style={{ fontWeight: "bold", marginBottom: 3 }}>Account summary</Text>
        {summaryRows(f).map((r) => (
          <View key={r.label} style={[s.totalRow, r.strong ? s.due : {}]}>
            <Text>{r.label}</Text>
            <Text>{r.amount}</Text>
          </View>
        ))}
        <Text style={{ marginTop: 4 }}>{due}</Text>
        {warning ? <Text style={s.warning}>{warning}</Text> : null}
        {credit ? <Text>{credit}</Text> : null}
      </View>
      {invoice.qrPng ? (
        <View style={s.qr}>
          {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
          <Image style={s.qrImage} src={invoice.qrPng} />
          <Text style={s.small}>{QR_CAPTION}</Text>
          <Text style={s.small}>{invoice.accountNo}</Text>
        </View>
      ) : null}
    </View>
  );
}

/** GCash, Maya, bank accounts and office hours, as entered in Settings > Billing. */
function PayToBox({ payTo, accountNo }: { payTo: PayTo; accountNo: string }) {
  const lines = payToLines(payTo);
  if (lines.length === 0) return null;
  return (
    <View style={s.payTo} wrap={false}>
      <Text style={{ fontWeight: "bold", marginBottom: 2 }}>How to pay</Text>
      {lines.map((l, i) => (
        <View key={i} style={{ flexDirection: "row", paddingVertical: 1 }}>
          <Text style={s.payLabel}>{l.label}</Text>
          <Text style={{ flex: 1 }}>{l.text}</Text>
        </View>
      ))}
      <Text style={[s.muted, { marginTop: 2 }]}>{transferNote(accountNo)}</Text>
    </View>
  );
}

function tinLine(seller: SellerDetails | null): string {
  if (!seller?.tin) return "TIN: —";
  const digits = seller.tin.replace(/\D/g, "");
  const tin = digits.length >= 9 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)}` : seller.tin;
  return `TIN ${tin}-${seller.branchCode}`;
}

/** One invoice page: the seller as registered, VAT status, serial number, lines, VAT on its own line. */
export function InvoicePage({ seller, payTo, invoice }: { seller: SellerDetails | null; payTo: PayTo; invoice: InvoicePdfData }) {
  const vatRegistered = invoice.taxMode !== "none";
  return (
    <Page size="A4" style={s.page}>
      {invoice.status === "void" ? <Text style={s.void}>VOID</Text> : null}
      <View style={[s.row, s.seller]}>
        <View>
          <Text style={s.sellerName}>{seller?.businessName || "—"}</Text>
          <Text>{seller?.address || ""}</Text>
          <Text>{tinLine(seller)}</Text>
          <Text style={{ fontWeight: "bold" }}>{vatRegistered ? "VAT-registered" : "NON-VAT REGISTERED"}</Text>
        </View>
        {/* eslint-disable-next-line jsx-a11y/alt-text -- react-pdf Image has no alt */}
        {seller?.logoDataUrl ? <Image style={s.logo} src={seller.logoDataUrl} /> : null}
      </View>
      <View style={s.row}>
        <Text style={s.title}>INVOICE</Text>
        <View style={{ alignItems: "flex-end", marginTop: 8 }}>
          <Text style={{ fontSize: 11, fontWeight: "bold" }}>No. {invoice.number}</Text>
          <Text>Date: {formatIsoDate(invoice.issueDate)}</Text>
          <Text>Due: {formatIsoDate(invoice.dueDate)}</Text>
        </View>
      </View>
      <View style={s.box}>
        <Text style={{ fontWeight: "bold" }}>
          {invoice.firstName} {invoice.lastName} · Account {invoice.accountNo}
        </Text>
        <Text>{[invoice.addressLine, invoice.barangay, invoice.city, invoice.province].filter(Boolean).join(", ")}</Text>
        {invoice.tin ? <Text>TIN {formatBuyerTin(invoice.tin)}</Text> : null}
        {invoice.periodStart ? <Text style={s.muted}>Service period: {formatPeriod(invoice.periodStart, invoice.periodEnd)}</Text> : null}
      </View>
      <View style={s.th}>
        <Text style={s.desc}>Description</Text>
        <Text style={s.amount}>Amount</Text>
      </View>
      {invoice.lines.map((l, i) => (
        <View key={i} style={s.tr}>
          <Text style={s.desc}>{l.description}</Text>
          <Text style={s.amount}>{formatPesos(l.amount)}</Text>
        </View>
      ))}
      <View style={s.totals}>
        {vatRegistered ? (
          <>
            <View style={s.totalRow}>
              <Text>VATable sales</Text>
              <Text>{formatPesos(invoice.vatable)}</Text>
            </View>
            <View style={s.totalRow}>
              <Text>VAT</Text>
              <Text>{formatPesos(invoice.vat)}</Text>
            </View>
          </>
        ) : null}
        <View style={[s.totalRow, s.grand]}>
          <Text>Current charges</Text>
          <Text>{formatPesos(invoice.total)}</Text>
        </View>
        {invoice.payments.map((p) => (
          <View key={p.receiptNumber} style={s.totalRow}>
            <Text style={s.muted}>Paid, receipt {p.receiptNumber}</Text>
            <Text style={s.muted}>-{formatPesos(p.amount)}</Text>
          </View>
        ))}
        {invoice.payments.length > 0 ? (
          <View style={s.totalRow}>
            <Text>Unpaid on this invoice</Text>
            <Text>{formatPesos(invoice.total - invoice.amountPaid)}</Text>
          </View>
        ) : null}
      </View>
      {invoice.bill ? <BillBox invoice={invoice} /> : null}
      {invoice.bill ? <PayToBox payTo={payTo} accountNo={invoice.accountNo} /> : null}
      {!vatRegistered ? <Text style={s.notice}>THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX</Text> : null}
      {invoice.status === "void" && invoice.voidReason ? <Text style={s.notice}>Void: {invoice.voidReason}</Text> : null}
    </Page>
  );
}

/** A PDF of one or many invoices (a billing run's batch for collectors who deliver paper bills). */
export function InvoicesDocument({ seller, payTo, invoices }: { seller: SellerDetails | null; payTo: PayTo; invoices: InvoicePdfData[] }) {
  return (
    <Document title={invoices.length === 1 ? `Invoice ${invoices[0]!.number}` : `${invoices.length} invoices`} author={seller?.businessName || "FiberBill"}>
      {invoices.map((inv) => (
        <InvoicePage key={inv.id} seller={seller} payTo={payTo} invoice={inv} />
      ))}
    </Document>
  );
}
