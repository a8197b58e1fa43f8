import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { SellerDetails } from "@/db/queries/seller";
import type { PaymentDetail } from "@/db/queries/payments";
import { METHOD_LABELS } from "@/lib/billing/payments";
import { formatPesos } from "@/lib/money";
import { PDF_FONT } from "./fonts";

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, padding: 28 },
  title: { fontSize: 14, fontWeight: "bold", marginTop: 8 },
  note: { fontSize: 7.5, color: "#555", marginTop: 2 },
  row: { flexDirection: "row", justifyContent: "space-between", paddingVertical: 2 },
  amount: { fontSize: 16, fontWeight: "bold", marginVertical: 8 },
  void: { position: "absolute", top: 160, left: 90, fontSize: 64, color: "#d33", opacity: 0.35, transform: "rotate(-25deg)" },
  notice: { marginTop: 12, fontWeight: "bold", textAlign: "center" },
});

/**
 * The payment receipt, on A5. Since RR 7-2024 the invoice is the primary
 * document for services; this receipt is supplementary, and says so.
 */
export function ReceiptDocument({ seller, receipt }: { seller: SellerDetails | null; receipt: PaymentDetail }) {
  const vatRegistered = seller ? seller.taxMode !== "none" : false;
  return (
    <Document title={`Payment receipt ${receipt.receiptNumber}`}>
      <Page size="A5" style={s.page}>
        {receipt.status === "void" ? <Text style={s.void}>VOID</Text> : null}
        <Text style={{ fontSize: 11, fontWeight: "bold" }}>{seller?.businessName || "—"}</Text>
        <Text>{seller?.address ?? ""}</Text>
        <Text style={s.title}>PAYMENT RECEIPT</Text>
        <Text style={s.note}>Supplementary document. The invoice is the primary document for services (RR 7-2024).</Text>
        <View style={[s.row, { marginTop: 8 }]}>
          <Text>No. {receipt.receiptNumber}</Text>
          <Text>Date: {receipt.paidOn}</Text>
        </View>
        <Text>
          Received from {receipt.firstName} {receipt.lastName} (account {receipt.accountNo})
        </Text>
        <Text style={s.amount}>{formatPesos(receipt.amount)}</Text>
        <Text>
          {METHOD_LABELS[receipt.method]}
          {receipt.reference ? ` · Ref. ${receipt.reference}` : ""}
        </Text>
        <View style={{ marginTop: 8 }}>
          {receipt.allocations.map((a) => (
            <View key={a.invoiceId} style={s.row}>
              <Text>Invoice {a.number}</Text>
              <Text>{formatPesos(a.amount)}</Text>
            </View>
          ))}
          {receipt.credit > 0 ? (
            <View style={s.row}>
              <Text>Credit for next invoices</Text>
              <Text>{formatPesos(receipt.credit)}</Text>
            </View>
          ) : null}
        </View>
        <Text style={{ marginTop: 10 }}>Received by: {receipt.cashier ?? "—"}</Text>
        {!vatRegistered ? <Text style={s.notice}>THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX</Text> : null}
        {receipt.status === "void" ? <Text style={s.notice}>Void: {receipt.voidReason}</Text> : null}
      </Page>
    </Document>
  );
}
