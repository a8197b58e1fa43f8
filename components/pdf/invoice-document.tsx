import { Document, Image, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { InvoiceDocumentData } from "@/db/queries/invoice-documents";
import type { SellerDetails } from "@/db/queries/seller";
import { formatPesos } from "@/lib/money";
import { formatIsoDate, formatPeriod } from "../billing/format";
import { PDF_FONT } from "./fonts";

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
});

function tinLine(seller: SellerDetails | null): string {
  if (!seller?.tin) return "TIN: —";
  const digits = seller.tin.replace(/\D/g, "");
  const tin = digits.length >= 9 ? `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)}` : seller.tin;
  return `TIN ${tin}-${seller.branchCode}`;
}

/** One invoice page: the seller as registered, VAT status, serial number, lines, VAT on its own line. */
export function InvoicePage({ seller, invoice }: { seller: SellerDetails | null; invoice: InvoiceDocumentData }) {
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
          <Text>Total amount due</Text>
          <Text>{formatPesos(invoice.total)}</Text>
        </View>
        {invoice.payments.map((p) => (
          <View key={p.receiptNumber} style={s.totalRow}>
            <Text style={s.muted}>Paid, receipt {p.receiptNumber}</Text>
            <Text style={s.muted}>-{formatPesos(p.amount)}</Text>
          </View>
        ))}
        <View style={s.totalRow}>
          <Text>Balance</Text>
          <Text>{formatPesos(invoice.total - invoice.amountPaid)}</Text>
        </View>
      </View>
      {!vatRegistered ? <Text style={s.notice}>THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX</Text> : null}
      {invoice.status === "void" && invoice.voidReason ? <Text style={s.notice}>Void: {invoice.voidReason}</Text> : null}
    </Page>
  );
}

/** A PDF of one or many invoices (a billing run's batch for collectors who deliver paper bills). */
export function InvoicesDocument({ seller, invoices }: { seller: SellerDetails | null; invoices: InvoiceDocumentData[] }) {
  return (
    <Document title={invoices.length === 1 ? `Invoice ${invoices[0]!.number}` : `${invoices.length} invoices`} author={seller?.businessName || "FiberBill"}>
      {invoices.map((inv) => (
        <InvoicePage key={inv.id} seller={seller} invoice={inv} />
      ))}
    </Document>
  );
}
