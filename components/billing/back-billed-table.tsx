import Link from "next/link";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatPesos } from "@/lib/money";
import { formatIsoDate, formatPeriod } from "./format";

export type BackBilledRow = {
  subscriptionId: string;
  customerId: string;
  accountNo: string;
  customerName: string;
  /** The first day billed and the exclusive end of the last period already over. */
  from: string;
  until: string;
  periods: number;
  installationFee: number;
  amount: number;
  billedElsewhereUntil: string | null;
};

/**
 * Subscriptions a run bills for periods already over (never invoiced, activated
 * in an earlier period, or brought over with an earlier billed-elsewhere date),
 * and by how much: shown above the preview so nobody is back-billed unseen.
 */
export function BackBilledTable({ rows, count, total }: { rows: BackBilledRow[]; count: number; total: number }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table aria-label="Back-billed subscriptions">
        <TableHeader>
          <TableRow>
            <TableHead>Account no.</TableHead>
            <TableHead>Customer</TableHead>
            <TableHead>Back-billed days</TableHead>
            <TableHead>Why</TableHead>
            <TableHead className="text-right">Installation fee</TableHead>
            <TableHead className="text-right">Amount</TableHead>
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
              <TableCell className="text-sm whitespace-nowrap">
                {formatPeriod(r.from, r.until)}
                <span className="block text-muted-foreground">
                  {r.periods} {r.periods === 1 ? "period" : "periods"} already over
                </span>
              </TableCell>
              <TableCell className="min-w-48 text-sm text-muted-foreground">
                {r.billedElsewhereUntil ? `Billed elsewhere only until ${formatIsoDate(r.billedElsewhereUntil)}` : "Activated in an earlier period, never invoiced"}
              </TableCell>
              <TableCell className="text-right tabular-nums whitespace-nowrap">{r.installationFee ? formatPesos(r.installationFee) : "—"}</TableCell>
              <TableCell className="text-right font-medium tabular-nums whitespace-nowrap">{formatPesos(r.amount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableCell colSpan={5}>
              {count.toLocaleString("en-PH")} {count === 1 ? "subscription" : "subscriptions"} back-billed
              {rows.length < count ? ` (the first ${rows.length.toLocaleString("en-PH")} are listed)` : ""}
            </TableCell>
            <TableCell className="text-right tabular-nums whitespace-nowrap">{formatPesos(total)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </div>
  );
}
