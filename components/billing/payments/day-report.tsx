import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableFooter, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { dayCollections } from "@/db/queries/payments";
import { METHOD_LABELS } from "@/lib/billing/payments";
import { formatPesos } from "@/lib/money";

type Day = Awaited<ReturnType<typeof dayCollections>>;

/** Collections per cashier (with a subtotal each) and method; void receipts are not money collected. */
export function CollectionsByCashier({ day }: { day: Day }) {
  const cashiers = [...new Set(day.groups.map((g) => g.cashier))];
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Cashier</TableHead>
          <TableHead>Method</TableHead>
          <TableHead className="text-right">Receipts</TableHead>
          <TableHead className="text-right">Total</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {cashiers.map((cashier) => {
          const rows = day.groups.filter((g) => g.cashier === cashier);
          return [
            ...rows.map((g, i) => (
              <TableRow key={`${cashier}-${g.method}`}>
                <TableCell className="font-medium">{i === 0 ? cashier : ""}</TableCell>
                <TableCell>{METHOD_LABELS[g.method]}</TableCell>
                <TableCell className="text-right tabular-nums">{g.count}</TableCell>
                <TableCell className="text-right tabular-nums">{formatPesos(g.total)}</TableCell>
              </TableRow>
            )),
            <TableRow key={`${cashier}-subtotal`} className="bg-muted/40">
              <TableCell />
              <TableCell className="text-muted-foreground">Subtotal</TableCell>
              <TableCell className="text-right tabular-nums">{rows.reduce((s, g) => s + g.count, 0)}</TableCell>
              <TableCell className="text-right font-medium tabular-nums">{formatPesos(rows.reduce((s, g) => s + g.total, 0))}</TableCell>
            </TableRow>,
          ];
        })}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={2} className="font-semibold">
            Total collected
          </TableCell>
          <TableCell className="text-right tabular-nums">{day.count}</TableCell>
          <TableCell className="text-right font-semibold tabular-nums">{formatPesos(day.total)}</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}

export function ReceiptList({ day }: { day: Day }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Receipt</TableHead>
          <TableHead>Customer</TableHead>
          <TableHead className="hidden sm:table-cell print:table-cell">Cashier</TableHead>
          <TableHead className="hidden sm:table-cell print:table-cell">Method</TableHead>
          <TableHead className="hidden sm:table-cell print:table-cell">Reference</TableHead>
          <TableHead className="text-right">Amount</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {day.receipts.map((r) => {
          const isVoid = r.status === "void";
          return (
            <TableRow key={r.id} className={isVoid ? "text-muted-foreground" : undefined}>
              <TableCell className="font-mono text-xs">
                <Link href={`/payments/${r.id}`} className="underline-offset-4 hover:underline">
                  {r.receiptNumber}
                </Link>{" "}
                {isVoid ? <Badge variant="secondary">Void</Badge> : null}
              </TableCell>
              <TableCell>
                {r.customer} <span className="hidden font-mono text-xs text-muted-foreground sm:inline print:inline">{r.accountNo}</span>
              </TableCell>
              <TableCell className="hidden sm:table-cell print:table-cell">{r.cashier}</TableCell>
              <TableCell className="hidden sm:table-cell print:table-cell">{METHOD_LABELS[r.method]}</TableCell>
              <TableCell className="hidden font-mono text-xs sm:table-cell print:table-cell">{r.reference ?? "—"}</TableCell>
              <TableCell className={`text-right tabular-nums ${isVoid ? "line-through" : ""}`}>{formatPesos(r.amount)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={2} className="font-semibold">
            {day.count} posted {day.count === 1 ? "receipt" : "receipts"}
            {day.voidCount ? `, ${day.voidCount} void (not counted)` : ""}
          </TableCell>
          {/* The columns a phone hides (cashier, method, reference). */}
          <TableCell colSpan={3} className="hidden sm:table-cell print:table-cell" />
          <TableCell className="text-right font-semibold tabular-nums">{formatPesos(day.total)}</TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}

/** What each method brought in across cashiers: the cash to count against the drawer, the e-wallet totals to match the statements. */
export function CollectionsByMethod({ day }: { day: Day }) {
  const byMethod = new Map<string, { label: string; count: number; total: number }>();
  for (const g of day.groups) {
    const m = byMethod.get(g.method) ?? { label: METHOD_LABELS[g.method], count: 0, total: 0 };
    m.count += g.count;
    m.total += g.total;
    byMethod.set(g.method, m);
  }
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5">
      {[...byMethod.entries()].map(([method, m]) => (
        <div key={method} className="rounded-md border p-3">
          <dt className="text-xs text-muted-foreground">
            {m.label} · {m.count}
          </dt>
          <dd className="font-semibold tabular-nums">{formatPesos(m.total)}</dd>
        </div>
      ))}
    </dl>
  );
}
