import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { openInvoicesOf, recentPayments } from "@/db/queries/payments";
import { METHOD_LABELS } from "@/lib/billing/payments";
import { formatPesos } from "@/lib/money";
import { formatDay, formatPeriod } from "./format";

type OpenInvoice = Awaited<ReturnType<typeof openInvoicesOf>>[number];
type RecentPayment = Awaited<ReturnType<typeof recentPayments>>[number];

/** Negative balances are money the customer has with us: shown as credit, never as "-₱". */
export function BalanceFigure({ balance }: { balance: number }) {
  if (balance < 0) return <span className="text-success">Credit {formatPesos(-balance)}</span>;
  if (balance === 0) return <span>{formatPesos(0)}</span>;
  return <span>{formatPesos(balance)}</span>;
}

export function OpenInvoicesCard({ invoices, today }: { invoices: OpenInvoice[]; today: string }) {
  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle className="text-base">Open invoices</CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        {invoices.length === 0 ? (
          <p className="text-sm text-muted-foreground">Nothing unpaid.</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Invoice</TableHead>
                <TableHead className="hidden sm:table-cell">Period</TableHead>
                <TableHead>Due</TableHead>
                <TableHead className="text-right">Balance</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoices.map((i) => (
                <TableRow key={i.id}>
                  <TableCell className="font-mono text-xs">{i.number}</TableCell>
                  <TableCell className="hidden sm:table-cell">{formatPeriod(i.periodStart, i.periodEnd)}</TableCell>
                  <TableCell>
                    <span className="whitespace-nowrap">{formatDay(i.dueDate)}</span>{" "}
                    {i.dueDate < today ? <Badge variant="destructive">Overdue</Badge> : null}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{formatPesos(i.balance)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </CardContent>
    </Card>
  );
}

export function RecentPaymentsCard({ payments }: { payments: RecentPayment[] }) {
  return (
    <Card className="gap-3 py-4">
      <CardHeader className="px-4">
        <CardTitle className="text-base">Recent payments</CardTitle>
      </CardHeader>
      <CardContent className="px-4">
        {payments.length === 0 ? (
          <p className="text-sm text-muted-foreground">No payments yet.</p>
        ) : (
          <ul className="divide-y text-sm">
            {payments.map((p) => (
              <li key={p.id} className="flex items-center gap-2 py-2">
                <Link href={`/payments/${p.id}`} className="font-mono text-xs underline-offset-4 hover:underline">
                  {p.receiptNumber}
                </Link>
                <span className="text-muted-foreground">{formatDay(p.paidOn)}</span>
                <span className="hidden text-muted-foreground sm:inline">{METHOD_LABELS[p.method]}</span>
                {p.status === "void" ? <Badge variant="secondary">Void</Badge> : null}
                <span className={`ml-auto tabular-nums ${p.status === "void" ? "text-muted-foreground line-through" : ""}`}>{formatPesos(p.amount)}</span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
