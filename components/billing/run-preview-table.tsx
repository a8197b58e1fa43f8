import Link from "next/link";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatPesos } from "@/lib/money";
import { formatPeriod } from "./format";

export type PreviewRow = {
  subscriptionId: string;
  customerId: string;
  accountNo: string;
  customerName: string;
  periodStart: string;
  periodEnd: string;
  lines: { description: string; amount: number }[];
  total: number;
};

/** What a run would invoice, one row per invoice; only the first rows of a big run are listed, the totals cover all. */
export function RunPreviewTable({ rows, count, grandTotal }: { rows: PreviewRow[]; count: number; grandTotal: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Account no.</TableHead>
            <TableHead>Customer</TableHead>
            <TableHead>Period</TableHead>
            <TableHead>Lines</TableHead>
            <TableHead className="text-right">Total</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.subscriptionId}>
              <TableCell className="font-mono text-xs">{r.accountNo}</TableCell>
              <TableCell>
                <Link href={`/customers/${r.customerId}`} className="font-medium underline-offset-4 hover:underline">
                  {r.customerName}
                </Link>
              </TableCell>
              <TableCell className="text-sm whitespace-nowrap">{formatPeriod(r.periodStart, r.periodEnd)}</TableCell>
              <TableCell>
                <ul className="min-w-56 text-sm">
                  {r.lines.map((l, i) => (
                    <li key={i} className="flex justify-between gap-4">
                      <span>{l.description}</span>
                      <span className={`tabular-nums whitespace-nowrap ${l.amount < 0 ? "text-success" : "text-muted-foreground"}`}>{formatPesos(l.amount)}</span>
                    </li>
                  ))}
                </ul>
              </TableCell>
              <TableCell className="text-right font-medium tabular-nums whitespace-nowrap">{formatPesos(r.total)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={4}>
              {count.toLocaleString("en-PH")} {count === 1 ? "invoice" : "invoices"}
              {rows.length < count ? ` (the first ${rows.length.toLocaleString("en-PH")} are listed)` : ""}
            </TableCell>
            <TableCell className="text-right tabular-nums whitespace-nowrap">{formatPesos(grandTotal)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}
