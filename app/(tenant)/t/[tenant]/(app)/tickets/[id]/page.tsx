import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { DueBadge } from "@/components/tickets/due-badge";
import { TICKET_PRIORITY_LABEL, TICKET_STATUS_LABEL } from "@/components/tickets/labels";
import { TicketAssignForm, TicketNoteForm, TicketStatusForm } from "@/components/tickets/ticket-forms";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { activeStaffOptions } from "@/db/queries/field-jobs";
import { ticketDetail, ticketTimeline } from "@/db/queries/tickets";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { RESOLUTION_CODES } from "@/lib/tickets/update";
import { formatDateTime } from "@/lib/time/format";
import { isUuid } from "@/lib/uuid";
import { addTicketNoteAction, assignTicketAction, changeTicketStatusAction } from "../actions";

export const metadata: Metadata = { title: "Ticket" };

const KIND_LABEL = { created: "Opened", note: "Internal note", reply: "Reply to the customer", customer_reply: "Customer replied", status: "Status", assign: "Assignment", breach: "SLA breached" } as const;

// The forms are keyed by what they show (the status, the assignee, the timeline's length): after a
// change the page comes back with new values and each form starts again from them, cleared.
export default async function TicketPage({ params }: PageProps<"/t/[tenant]/tickets/[id]">) {
  const { tenant, user } = await requirePermission("tickets.view");
  const { id } = await params;
  if (!isUuid(id)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const ticket = await ticketDetail(tx, id);
    return ticket ? { ticket, events: await ticketTimeline(tx, id), staff: await activeStaffOptions(tx) } : null;
  });
  if (!data) notFound();
  const { ticket: t, events, staff } = data;
  const tz = tenant.timeZone;
  const now = new Date();
  const canManage = hasPermission(user, "tickets.manage");
  return (
    <>
      <PageHeader title={`${t.number} · ${t.subject}`} description={`${t.category} · ${TICKET_PRIORITY_LABEL[t.priority]} priority`} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="flex flex-col gap-6 lg:col-span-2">
          <Card>
            <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
              <CardTitle>Details</CardTitle>
              <Badge variant={t.status === "closed" || t.status === "resolved" ? "outline" : "default"}>{TICKET_STATUS_LABEL[t.status]}</Badge>
            </CardHeader>
            <CardContent>
              <dl className="grid gap-3 text-sm sm:grid-cols-2">
                <div>
                  <dt className="text-muted-foreground">Customer</dt>
                  <dd>
                    <Link href={`/customers/${t.customerId}`} className="font-medium underline-offset-2 hover:underline">
                      {t.customerName}
                    </Link>{" "}
                    · {t.accountNo}
                    {t.plan ? ` · ${t.plan}` : ""}
                  </dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">Mobile</dt>
                  <dd>
                    <a href={`tel:${t.mobile}`} className="underline-offset-2 hover:underline">
                      {t.mobile}
                    </a>
                  </dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">First response due</dt>
                  <dd>{t.firstRespondedAt ? `Answered ${formatDateTime(t.firstRespondedAt, tz)}` : <DueBadge due={t.firstResponseDueAt} done={false} now={now} timeZone={tz} />}</dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">Resolution due</dt>
                  <dd>
                    <DueBadge due={t.resolutionDueAt} done={t.resolvedAt !== null} now={now} timeZone={tz} />
                    {t.resolvedAt ? ` · resolved ${formatDateTime(t.resolvedAt, tz)}` : ""}
                  </dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">Assigned to</dt>
                  <dd>{t.assignee ?? "Nobody yet"}</dd>
                </div>
                {t.resolutionCode ? (
                  <div>
                    <dt className="text-muted-foreground">Resolution</dt>
                    <dd>{t.resolutionCode}</dd>
                  </div>
                ) : null}
              </dl>
            </CardContent>
          </Card>
          <section aria-labelledby="timeline-heading" className="flex flex-col gap-3">
            <h2 id="timeline-heading" className="text-lg font-semibold">
              Timeline
            </h2>
            <ol className="flex flex-col gap-3" aria-label="Timeline">
              {events.map((e) => (
                <li key={e.id} className="rounded-md border p-3 text-sm">
                  <div className="flex flex-wrap items-baseline justify-between gap-2 text-muted-foreground">
                    <span className="font-medium text-foreground">{KIND_LABEL[e.kind]}</span>
                    <span>
                      {e.author ?? "System"} · {formatDateTime(e.createdAt, tz)}
                    </span>
                  </div>
                  {e.body ? <p className="mt-1 whitespace-pre-line">{e.body}</p> : null}
                </li>
              ))}
            </ol>
            {canManage && t.status !== "closed" ? <TicketNoteForm key={events.length} action={addTicketNoteAction} ticketId={t.id} /> : null}
          </section>
        </div>
        {canManage ? (
          <div className="flex flex-col gap-6">
            <Card>
              <CardHeader>
                <CardTitle>Status</CardTitle>
              </CardHeader>
              <CardContent>
                <TicketStatusForm key={t.status} action={changeTicketStatusAction} ticketId={t.id} status={t.status} codes={RESOLUTION_CODES} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>Assignment</CardTitle>
              </CardHeader>
              <CardContent>
                <TicketAssignForm key={t.assigneeId ?? "nobody"} action={assignTicketAction} ticketId={t.id} assigneeId={t.assigneeId} staff={staff} />
              </CardContent>
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
