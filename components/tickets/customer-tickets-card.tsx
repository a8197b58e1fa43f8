import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { TicketRow } from "@/db/queries/tickets";
import { formatDateTime } from "@/lib/time/format";
import { TICKET_STATUS_LABEL } from "./labels";

/** The customer's latest tickets on their page. */
export function CustomerTicketsCard({ tickets, timeZone }: { tickets: TicketRow[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Tickets</CardTitle>
        <CardDescription>What this customer reported, latest first.</CardDescription>
      </CardHeader>
      <CardContent>
        {tickets.length === 0 ? (
          <p className="text-sm text-muted-foreground">No tickets.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm" aria-label="Tickets of this customer">
            {tickets.map((t) => (
              <li key={t.id} className="flex flex-wrap items-baseline gap-2">
                <Link href={`/tickets/${t.id}`} className="font-medium underline-offset-2 hover:underline">
                  {t.number}
                </Link>
                <span className="min-w-0 truncate">{t.subject}</span>
                <span className="text-muted-foreground">
                  {TICKET_STATUS_LABEL[t.status]} · {formatDateTime(t.createdAt, timeZone)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
