import { FileText } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardAction, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { LedgerEntry } from "@/lib/billing/ledger";
import { formatPesos } from "@/lib/money";
import { formatCalendarDate } from "@/lib/time/format";
import { cn } from "@/lib/utils";

/** The statement of account on the customer page: newest first, with the PDF a click away. */
export function StatementCard({ customerId, entries }: { customerId: string; entries: LedgerEntry[] }) {
  const newestFirst = [...entries].reverse();
  return (
    <Card>
      <CardHeader>
        <CardTitle>Statement of account</CardTitle>
        <CardAction>
          <Button asChild variant="outline" size="sm">
            <a href={`/api/pdf/statements/${customerId}`} target="_blank" rel="noreferrer">
              <FileText /> PDF
            </a>
          </Button>
        </CardAction>
      </CardHeader>
      <CardContent>
        {newestFirst.length === 0 ? (
          <p className="text-sm text-muted-foreground">No invoices or payments yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <Table aria-label="Statement of account">
              <TableHeader>
                <TableRow>
                  <TableHead>Date</TableHead>
                  <TableHead>Document</TableHead>
                  <TableHead className="hidden sm:table-cell">Description</TableHead>
                  <TableHead className="text-right">Charges</TableHead>
                  <TableHead className="text-right">Payments</TableHead>
                  <TableHead className="text-right">Balance</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {newestFirst.map((e, i) => (
                  <TableRow key={i} className={cn(e.void && "text-muted-foreground line-through")}>
                    <TableCell className="whitespace-nowrap">{formatCalendarDate(e.date)}</TableCell>
                    <TableCell className="whitespace-nowrap font-mono text-xs">
                      {e.ref || e.kind}
                      {e.void ? <Badge variant="secondary" className="ml-2 font-sans">Void</Badge> : null}
                    </TableCell>
                    <TableCell className="hidden whitespace-normal sm:table-cell">{e.description}</TableCell>
                    <TableCell className="text-right tabular-nums">{e.debit ? formatPesos(e.debit) : ""}</TableCell>
                    <TableCell className="text-right tabular-nums">{e.credit ? formatPesos(e.credit) : ""}</TableCell>
                    <TableCell className="text-right tabular-nums">{formatPesos(e.balance)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
