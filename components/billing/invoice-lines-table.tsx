import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatPesos } from "@/lib/money";

type Line = { id: string; kind: string; description: string; amount: number };
type Totals = { subtotal: number; vatable: number; vat: number; total: number };

/** An invoice's lines (credits negative) and its totals; the VAT lines only when the invoice was issued VAT-registered. */
export function InvoiceLinesTable({ lines, totals, taxMode }: { lines: Line[]; totals: Totals; taxMode: string }) {
  const rows: [string, number, boolean?][] = [["Subtotal", totals.subtotal]];
  if (taxMode !== "none") {
    rows.push(["VATable sales", totals.vatable], [taxMode === "vat_inclusive" ? "VAT (included)" : "VAT", totals.vat]);
  }
  // The invoice's own total; the bill's total amount due (previous balance included) is in the account summary below it.
  rows.push(["Current charges", totals.total, true]);
  return (
    <div className="overflow-x-auto">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Description</TableHead>
            <TableHead className="text-right">Amount</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((l) => (
            <TableRow key={l.id}>
              <TableCell className="whitespace-normal">{l.description}</TableCell>
              <TableCell className={`text-right tabular-nums whitespace-nowrap ${l.amount < 0 ? "text-success" : ""}`}>{formatPesos(l.amount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          {rows.map(([label, amount, strong]) => (
            <TableRow key={label}>
              <TableCell className={strong ? "font-semibold" : "font-normal text-muted-foreground"}>{label}</TableCell>
              <TableCell className={`text-right tabular-nums ${strong ? "font-semibold" : "font-normal"}`}>{formatPesos(amount)}</TableCell>
            </TableRow>
          ))}
        </TableFooter>
      </Table>
    </div>
  );
}
