import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { formatCalendarDate } from "@/lib/time/format";
import { queueMessages } from "@/lib/notify/queue";
import type { StepCtx } from "./step-context";

export type DailyCounts = { invoices: number; overdue: number; lateFees: number; reminders: number; suspended: number; reconnect: number };

/** The owner's morning message: what the day's run did (email; once per date). */
export async function queueDailySummary(ctx: StepCtx, counts: DailyCounts): Promise<{ messages: number }> {
  const owners = await ctx.tx.select({ id: users.id, email: users.email }).from(users).where(eq(users.isTenantOwner, true));
  const messages = await queueMessages(
    ctx.tx,
    ctx.tenantId,
    ctx.notify,
    owners.map((o) => ({
      key: "daily_summary" as const,
      to: { email: o.email },
      vars: {
        date: formatCalendarDate(ctx.today),
        invoices: counts.invoices,
        overdue: counts.overdue,
        late_fees: counts.lateFees,
        reminders: counts.reminders,
        suspended: counts.suspended,
        reconnect: counts.reconnect,
      },
      dedupeKey: `daily_summary:${ctx.today}:${o.id}`,
    })),
  );
  return { messages };
}
