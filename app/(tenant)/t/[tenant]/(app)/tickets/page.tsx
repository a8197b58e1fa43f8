import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/shell/page-header";
import { DueBadge } from "@/components/tickets/due-badge";
import { TICKET_PRIORITY_LABEL, TICKET_STATUS_LABEL } from "@/components/tickets/labels";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listTickets, ticketCounts, type TicketListFilter } from "@/db/queries/tickets";
import { TICKET_STATUSES, type TicketStatus } from "@/db/schema/tickets";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Tickets" };

const TABS: { key: TicketListFilter["status"]; label: string }[] = [
  { key: "active", label: "To work" },
  ...TICKET_STATUSES.map((s) => ({ key: s, label: TICKET_STATUS_LABEL[s] })),
  { key: "all", label: "All" },
];

export default async function TicketsPage({ searchParams }: PageProps<"/t/[tenant]/tickets">) {
  const { tenant, user } = await requirePermission("tickets.view");
  const params = await searchParams;
  const status = TABS.find((t) => t.key === params.status)?.key ?? "active";
  const mine = params.mine === "1";
  const { rows, counts } = await withTenant(tenant.id, async (tx) => ({ rows: await listTickets(tx, { status, assigneeId: mine ? user.id : null }), counts: await ticketCounts(tx) }));
  const now = new Date();
  const countOf = (key: TicketListFilter["status"]) =>
    key === "all" ? Object.values(counts).reduce((a, b) => a + b, 0) : key === "active" ? counts.new + counts.open + counts.waiting_on_customer : counts[key as TicketStatus];
  const href = (s: string, m: boolean) => `/tickets?status=${s}${m ? "&mine=1" : ""}`;
  return (
    <>
      <PageHeader title="Tickets" description="What customers reported, who is on it, and when it is due. Open a ticket from the customer's page." />
      <nav aria-label="Ticket status" className="mb-4 flex gap-1 overflow-x-auto border-b">
        {TABS.map((t) => (
          <Link
            key={t.key}
            href={href(t.key, mine)}
            aria-current={t.key === status ? "page" : undefined}
            className={cn("-mb-px shrink-0 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground", t.key === status && "border-primary text-foreground")}
          >
            {t.label} <span className="tabular-nums text-muted-foreground">{countOf(t.key)}</span>
          </Link>
        ))}
      </nav>
      <p className="mb-4 text-sm">
        <Link href={href(status, !mine)} className="underline underline-offset-2" aria-current={mine ? "true" : undefined}>
          {mine ? "Show everyone's tickets" : "Show only my tickets"}
        </Link>
      </p>
      {rows.length === 0 ? (
        <p className="text-sm text-muted-foreground">No tickets here.</p>
      ) : (
        <div className="overflow-x-auto rounded-md border">
          <Table aria-label="Tickets">
            <TableHeader>
              <TableRow>
                <TableHead>Ticket</TableHead>
                <TableHead>Customer</TableHead>
                <TableHead>Category</TableHead>
                <TableHead>Priority</TableHead>
                <TableHead>Status</TableHead>
                <TableHead>Assigned to</TableHead>
                <TableHead>Due</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((t) => (
                <TableRow key={t.id}>
                  <TableCell>
                    <Link href={`/tickets/${t.id}`} className="font-medium underline-offset-2 hover:underline">
                      {t.number}
                    </Link>
                    <div className="max-w-64 truncate text-muted-foreground">{t.subject}</div>
                  </TableCell>
                  <TableCell>
                    {t.customerName}
                    <div className="font-mono text-xs text-muted-foreground">{t.accountNo}</div>
                  </TableCell>
                  <TableCell>{t.category}</TableCell>
                  <TableCell>{t.priority === "urgent" ? <Badge variant="destructive">Urgent</Badge> : TICKET_PRIORITY_LABEL[t.priority]}</TableCell>
                  <TableCell>{TICKET_STATUS_LABEL[t.status]}</TableCell>
                  <TableCell>{t.assignee ?? "—"}</TableCell>
                  <TableCell className="whitespace-nowrap">
                    <DueBadge due={t.resolutionDueAt} done={t.resolvedAt !== null} now={now} timeZone={tenant.timeZone} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
