import { eq, sql } from "drizzle-orm";
import { ticketEvents, tickets, users, type TicketStatus } from "@/db/schema";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import type { TicketCtx } from "./open";

const STATUS_LABEL: Record<TicketStatus, string> = { new: "New", open: "Open", waiting_on_customer: "Waiting on customer", resolved: "Resolved", closed: "Closed" };
export const ticketStatusLabel = (s: TicketStatus) => STATUS_LABEL[s];

/** What closing a ticket records: why it ended (issue 15: "closing asks for a resolution code"). */
export const RESOLUTION_CODES = ["Fixed at the customer's premises", "Plant repaired", "Configuration changed", "No fault found", "Customer's own equipment", "Duplicate", "Answered (no visit)"] as const;

async function lockTicket(ctx: TicketCtx, id: string) {
  const [ticket] = await ctx.tx.select().from(tickets).where(eq(tickets.id, id)).for("update");
  if (!ticket) throw new NotFoundError("That ticket");
  return ticket;
}

/** An internal note: staff only, never sent. The first one by staff counts as the first response. */
export async function addTicketNote(ctx: TicketCtx, tenantId: string, input: { id: string; body: string }): Promise<void> {
  const now = ctx.now ?? new Date();
  const ticket = await lockTicket(ctx, input.id);
  if (ticket.status === "closed") throw new UserFacingError("This ticket is closed. Reopen it to add to it.");
  await ctx.tx.insert(ticketEvents).values({ tenantId, ticketId: ticket.id, kind: "note", body: input.body, authorId: ctx.userId, createdAt: now });
  await ctx.tx
    .update(tickets)
    .set({ firstRespondedAt: ticket.firstRespondedAt ?? now, status: ticket.status === "new" ? "open" : ticket.status, updatedAt: now })
    .where(eq(tickets.id, ticket.id));
  await ctx.audit({ action: "ticket.note", entityType: "ticket", entityId: ticket.id, after: { number: ticket.number, customerId: ticket.customerId } });
}

/** Moves a ticket along; closing needs a resolution code, and resolving or closing stamps the time once. */
export async function changeTicketStatus(ctx: TicketCtx, tenantId: string, input: { id: string; status: TicketStatus; resolutionCode?: string }): Promise<void> {
  const now = ctx.now ?? new Date();
  const ticket = await lockTicket(ctx, input.id);
  if (ticket.status === input.status) return;
  if (input.status === "closed" && !input.resolutionCode) throw new UserFacingError("Choose how it was resolved.", { resolutionCode: ["Choose how it was resolved."] });
  const done = input.status === "resolved" || input.status === "closed";
  await ctx.tx
    .update(tickets)
    .set({
      status: input.status,
      resolvedAt: done ? (ticket.resolvedAt ?? now) : null,
      closedAt: input.status === "closed" ? now : null,
      resolutionCode: input.status === "closed" ? input.resolutionCode! : done ? ticket.resolutionCode : null,
      updatedAt: now,
    })
    .where(eq(tickets.id, ticket.id));
  await ctx.tx.insert(ticketEvents).values({
    tenantId,
    ticketId: ticket.id,
    kind: "status",
    body: `${STATUS_LABEL[ticket.status]} → ${STATUS_LABEL[input.status]}${input.status === "closed" ? `: ${input.resolutionCode}` : ""}`,
    data: { from: ticket.status, to: input.status, resolutionCode: input.status === "closed" ? input.resolutionCode : null },
    authorId: ctx.userId,
    createdAt: now,
  });
  await ctx.audit({ action: "ticket.status", entityType: "ticket", entityId: ticket.id, before: { status: ticket.status }, after: { number: ticket.number, status: input.status, resolutionCode: input.resolutionCode ?? null, customerId: ticket.customerId } });
}

/** Gives a ticket to a staff member (or nobody), on its timeline. */
export async function assignTicket(ctx: TicketCtx, tenantId: string, input: { id: string; assigneeId?: string }): Promise<void> {
  const now = ctx.now ?? new Date();
  const ticket = await lockTicket(ctx, input.id);
  const to = input.assigneeId ?? null;
  if (ticket.assigneeId === to) return;
  let name = "nobody";
  if (to) {
    const [staff] = await ctx.tx.select({ name: users.name, active: users.active }).from(users).where(eq(users.id, to));
    if (!staff?.active) throw new UserFacingError("Choose an active staff member.", { assigneeId: ["Choose an active staff member."] });
    name = staff.name;
  }
  await ctx.tx.update(tickets).set({ assigneeId: to, updatedAt: sql`now()` }).where(eq(tickets.id, ticket.id));
  await ctx.tx.insert(ticketEvents).values({ tenantId, ticketId: ticket.id, kind: "assign", body: `Assigned to ${name}`, data: { from: ticket.assigneeId, to }, authorId: ctx.userId, createdAt: now });
  await ctx.audit({ action: "ticket.assign", entityType: "ticket", entityId: ticket.id, before: { assigneeId: ticket.assigneeId }, after: { number: ticket.number, assigneeId: to, customerId: ticket.customerId } });
}
