import { Document, Page, StyleSheet, Text, View } from "@react-pdf/renderer";
import type { SellerDetails } from "@/db/queries/seller";
import type { LedgerEntry } from "@/lib/billing/ledger";
import { formatPesos } from "@/lib/money";
import { PDF_FONT } from "./fonts";

const s = StyleSheet.create({
  page: { fontFamily: PDF_FONT, fontSize: 9, padding: 36 },
  h1: { fontSize: 15, fontWeight: "bold", marginTop: 10 },
  muted: { color: "#555" },
  th: { flexDirection: "row", borderBottomWidth: 1, borderColor: "#999", paddingBottom: 3, marginTop: 12, fontWeight: "bold" },
  tr: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderColor: "#ddd" },
  date: { width: 62 },
  ref: { width: 82 },
  desc: { flex: 1 },
  num: { width: 70, textAlign: "right" },
  closing: { marginTop: 10, marginLeft: "auto", fontSize: 11, fontWeight: "bold" },
});

export type StatementCustomer = { name: string; accountNo: string; address: string };

/** The statement of account: every document with its effect and the running balance. */
export function StatementDocument({ seller, customer, entries, closing, asOf }: { seller: SellerDetails | null; customer: StatementCustomer; entries: LedgerEntry[]; closing: number; asOf: string }) {
  return (
    <Document title={`Statement of account ${customer.accountNo}`}>
      <Page size="A4" style={s.page}>
        <Text style={{ fontSize: 12, fontWeight: "bold" }}>{seller?.businessName || "—"}</Text>
        <Text>{seller?.address ?? ""}</Text>
        <Text style={s.h1}>STATEMENT OF ACCOUNT</Text>
        <Text>
          {customer.name} · Account {customer.accountNo}
        </Text>
        <Text style={s.muted}>{customer.address}</Text>
        <Text style={s.muted}>As of {asOf}</Text>
        <View style={s.th}>
          <Text style={s.date}>Date</Text>
          <Text style={s.ref}>Document</Text>
          <Text style={s.desc}>Description</Text>
          <Text style={s.num}>Charges</Text>
          <Text style={s.num}>Payments</Text>
          <Text style={s.num}>Balance</Text>
        </View>
        {entries.map((e, i) => (
          <View key={i} style={s.tr} wrap={false}>
            <Text style={s.date}>{e.date}</Text>
            <Text style={s.ref}>{e.ref || "—"}</Text>
            <Text style={s.desc}>
              {e.description}
              {e.void ? " (void)" : ""}
            </Text>
            <Text style={s.num}>{e.debit ? formatPesos(e.debit) : ""}</Text>
            <Text style={s.num}>{e.credit ? formatPesos(e.credit) : ""}</Text>
            <Text style={s.num}>{formatPesos(e.balance)}</Text>
          </View>
        ))}
        <Text style={s.closing}>{closing < 0 ? `Credit: ${formatPesos(-closing)}` : `Balance due: ${formatPesos(closing)}`}</Text>
      </Page>
    </Document>
  );
}
