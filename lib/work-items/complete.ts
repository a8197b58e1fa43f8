import { eq, sql } from "drizzle-orm";
import { customers, subscriptions, workItems } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditWriter } from "@/lib/audit/record";
import { restoreCustomerStatus } from "@/lib/collections/reconnections";
import { changeCustomerStatus } from "@/lib/customers/customers";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { transitionSubscription } from "@/lib/subscriptions/subscriptions";

export type WorkCtx = { tx: Tx; tenantId: string; userId: string | null; audit: AuditWriter };

/**
 * A technician marks a field job done, with the time and who. A reconnection
 * resumes the line (billing restarts that day) and makes the customer active
 * again; a disconnection marks the customer disconnected.
 */
export async function completeWorkItem(
  ctx: WorkCtx,
  id: string,
  input: { date: string; note: string; /** When it was done; now unless replaying history (the demo seed). */ at?: Date },
): Promise<{ kind: "disconnect" | "reconnect" }> {
  const [item] = await ctx.tx
    .select({ kind: workItems.kind, status: workItems.status, subscriptionId: workItems.subscriptionId, customerId: workItems.customerId })
    .from(workItems)
    .where(eq(workItems.id, id))
    .for("update");
  if (!item) throw new NotFoundError("That job");
  if (item.status !== "open") throw new UserFacingError(`This job is already ${item.status}.`);
  await ctx.tx.update(workItems).set({ status: "done", doneAt: input.at ?? sql`now()`, doneBy: ctx.userId, note: input.note }).where(eq(workItems.id, id));
  const [line] = await ctx.tx.select({ status: subscriptions.status }).from(subscriptions).where(eq(subscriptions.id, item.subscriptionId));
  if (item.kind === "reconnect") {
    if (line?.status === "suspended") {
      await transitionSubscription(ctx, ctx.tenantId, item.subscriptionId, "resume", { date: input.date, reason: "Reconnected in the field" });
    }
    await restoreCustomerStatus({ ...ctx, today: input.date }, [item.customerId], "Reconnected in the field");
  } else {
    const [customer] = await ctx.tx.select({ status: customers.status }).from(customers).where(eq(customers.id, item.customerId));
    if (customer && customer.status === "suspended") {
      await changeCustomerStatus({ ...ctx, today: input.date }, ctx.tenantId, item.customerId, { status: "disconnected", reason: "Disconnected in the field", effectiveDate: input.date });
    }
  }
  await ctx.audit({ action: `work_item.${item.kind}_done`, entityType: "work_item", entityId: id, after: { date: input.date, note: input.note } });
  return { kind: item.kind };
}
