import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { TicketEventKind, TicketPriority, TicketStatus } from "@/db/schema/tickets";
import type { Tx } from "@/db/types";

export type TicketRow = {
  id: string; number: string; subject: string; status: TicketStatus; priority: TicketPriority; category: string;
  customerId: string; customerName: string; accountNo: string; assignee: string | null;
  firstResponseDueAt: Date; resolutionDueAt: Date; firstRespondedAt: Date | null; resolvedAt: Date | null; createdAt: Date;
};

const columns = sql`t.id, t.number, t.subject, t.status, t.priority, c.name as category,
  t.customer_id as "customerId", cu.first_name || ' ' || cu.last_name as "customerName", cu.account_no as "accountNo", u.name as assignee,
  t.first_response_due_at as "firstResponseDueAt", t.resolution_due_at as "resolutionDueAt", t.first_responded_at as "firstRespondedAt",
  t.resolved_at as "resolvedAt", t.created_at as "createdAt"`;
const joins = sql`from tickets t
  join ticket_categories c on c.id = t.category_id
  join customers cu on cu.id = t.customer_id
  left join users u on u.id = t.assignee_id`;

const dated = (r: TicketRow): TicketRow => ({
  ...r,
  firstResponseDueAt: new Date(r.firstResponseDueAt),
  resolutionDueAt: new Date(r.resolutionDueAt),
  firstRespondedAt: r.firstRespondedAt ? new Date(r.firstRespondedAt) : null,
  resolvedAt: r.resolvedAt ? new Date(r.resolvedAt) : null,
  createdAt: new Date(r.createdAt),
});

export type TicketListFilter = { status: "active" | TicketStatus | "all"; assigneeId: string | null };

/** Tickets still to work (new, open, waiting) by due time, or those of a status; 100 at most. */
export async function listTickets(tx: Tx, f: TicketListFilter, limit = 100): Promise<TicketRow[]> {
  const where = [
    f.status === "active" ? sql`t.status in ('new', 'open', 'waiting_on_customer')` : f.status === "all" ? sql`true` : sql`t.status = ${f.status}`,
    f.assigneeId ? sql`t.assignee_id = ${f.assigneeId}` : sql`true`,
  ];
  return rowsOf<TicketRow>(
    await tx.execute(sql`select ${columns} ${joins} where ${sql.join(where, sql` and `)}
      order by ${f.status === "active" ? sql`t.resolution_due_at` : sql`t.created_at desc`}, t.number limit ${limit}`),
  ).map(dated);
}

/** How many tickets of each status (the list's tabs). */
export async function ticketCounts(tx: Tx): Promise<Record<TicketStatus, number>> {
  const rows = rowsOf<{ status: TicketStatus; n: number }>(await tx.execute(sql`select status, count(*)::int as n from tickets group by status`));
  const counts = { new: 0, open: 0, waiting_on_customer: 0, resolved: 0, closed: 0 };
  for (const r of rows) counts[r.status] = r.n;
  return counts;
}

export type TicketDetail = TicketRow & { subscriptionId: string | null; plan: string | null; assigneeId: string | null; resolutionCode: string | null; mobile: string };

export async function ticketDetail(tx: Tx, id: string): Promise<TicketDetail | null> {
  const [row] = rowsOf<TicketDetail>(
    await tx.execute(sql`select ${columns}, t.subscription_id as "subscriptionId", p.name as plan, t.assignee_id as "assigneeId", t.resolution_code as "resolutionCode", cu.mobile
      ${joins}
      left join subscriptions s on s.id = t.subscription_id
      left join plans p on p.id = s.plan_id
      where t.id = ${id}`),
  );
  return row ? { ...row, ...dated(row) } : null;
}

export type TicketEventRow = { id: string; kind: TicketEventKind; body: string; author: string | null; createdAt: Date };

export async function ticketTimeline(tx: Tx, ticketId: string): Promise<TicketEventRow[]> {
  return rowsOf<TicketEventRow>(
    await tx.execute(sql`select e.id, e.kind, e.body, u.name as author, e.created_at as "createdAt"
      from ticket_events e left join users u on u.id = e.author_id
      where e.ticket_id = ${ticketId} order by e.created_at, e.id`),
  ).map((e) => ({ ...e, createdAt: new Date(e.createdAt) }));
}

/** A customer's tickets, latest first (the customer page). */
export async function customerTickets(tx: Tx, customerId: string, limit = 10): Promise<TicketRow[]> {
  return rowsOf<TicketRow>(await tx.execute(sql`select ${columns} ${joins} where t.customer_id = ${customerId} order by t.created_at desc limit ${limit}`)).map(dated);
}

/** The customer a new ticket is for, with their lines. */
export async function ticketSubject(tx: Tx, customerId: string): Promise<{ id: string; name: string; accountNo: string; lines: { id: string; label: string }[] } | null> {
  const [c] = rowsOf<{ id: string; name: string; accountNo: string }>(
    await tx.execute(sql`select id, first_name || ' ' || last_name as name, account_no as "accountNo" from customers where id = ${customerId}`),
  );
  if (!c) return null;
  const lines = rowsOf<{ id: string; label: string }>(
    await tx.execute(sql`select s.id, p.name || case when s.label <> '' then ' (' || s.label || ')' else '' end || ' · ' || s.status as label
      from subscriptions s join plans p on p.id = s.plan_id where s.customer_id = ${customerId} and s.status <> 'cancelled' order by s.created_at`),
  );
  return { ...c, lines };
}
