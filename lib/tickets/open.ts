import { and, eq } from "drizzle-orm";
import { customers, subscriptions, ticketCategories, ticketEvents, tickets, users } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { takeNumbers } from "@/lib/numbering/counters";
import type { OpenTicketInput } from "@/lib/validations/tickets";
import { loadTicketSettings } from "./settings";
import { dueTimes } from "./sla";

export type TicketCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null; now?: Date };

/**
 * Opens a ticket: the next number of the tenant's gapless series (a rollback
 * gives it back), due times fixed from its priority's SLA in the tenant's
 * business hours, and the first entry of its timeline.
 */
export async function openTicket(ctx: TicketCtx, tenantId: string, input: OpenTicketInput): Promise<{ id: string; number: string }> {
  const { tx } = ctx;
  const now = ctx.now ?? new Date();
  const [customer] = await tx.select({ id: customers.id }).from(customers).where(eq(customers.id, input.customerId));
  if (!customer) throw new NotFoundError("That customer");
  if (input.subscriptionId) {
    const [line] = await tx
      .select({ id: subscriptions.id })
      .from(subscriptions)
      .where(and(eq(subscriptions.id, input.subscriptionId), eq(subscriptions.customerId, input.customerId)));
    if (!line) throw new UserFacingError("Choose one of this customer's lines.", { subscriptionId: ["Choose one of this customer's lines."] });
  }
  const [category] = await tx.select({ id: ticketCategories.id, active: ticketCategories.active }).from(ticketCategories).where(eq(ticketCategories.id, input.categoryId));
  if (!category || !category.active) throw new UserFacingError("Choose a category from the list.", { categoryId: ["Choose a category from the list."] });
  if (input.assigneeId) {
    const [staff] = await tx.select({ active: users.active }).from(users).where(eq(users.id, input.assigneeId));
    if (!staff?.active) throw new UserFacingError("Choose an active staff member.", { assigneeId: ["Choose an active staff member."] });
  }
  const { businessHours, slaTargets } = await loadTicketSettings(tx);
  const due = dueTimes(now, input.priority, slaTargets, businessHours);
  const [number] = await takeNumbers(tx, tenantId, "ticket");
  const [row] = await tx
    .insert(tickets)
    .values({
      tenantId,
      number: number!,
      customerId: input.customerId,
      subscriptionId: input.subscriptionId ?? null,
      napId: input.napId ?? null,
      outageId: input.outageId ?? null,
      categoryId: input.categoryId,
      priority: input.priority,
      status: "new",
      assigneeId: input.assigneeId ?? null,
      subject: input.subject,
      firstResponseDueAt: due.firstResponseDueAt,
      resolutionDueAt: due.resolutionDueAt,
      createdBy: ctx.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: tickets.id });
  await tx.insert(ticketEvents).values({ tenantId, ticketId: row!.id, kind: "created", body: input.subject, data: { priority: input.priority }, authorId: ctx.userId, createdAt: now });
  await ctx.audit({ action: "ticket.open", entityType: "ticket", entityId: row!.id, after: { number, customerId: input.customerId, subject: input.subject, priority: input.priority } });
  return { id: row!.id, number: number! };
}
