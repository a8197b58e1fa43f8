import { and, eq, isNull } from "drizzle-orm";
import { outages } from "@/db/schema";
import { auditAll, type AuditWriter } from "@/lib/audit/record";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { instantOfLocal } from "@/lib/time/local-time";
import { tenantDate } from "@/lib/time/format";
import type { ResolveOutageInput } from "@/lib/validations/outages";
import { creditOutage, outageCreditDays } from "./credits";
import type { OutageCtx } from "./declare";
import { queueOutageMessages } from "./messages";
import { loadOutageCreditHours } from "./settings";

export type Resolved = { number: string; messages: number; credits: number; creditDays: number; alreadyResolved: boolean };

/**
 * Resolves an outage: "service restored" to each customer it cut off and,
 * past the tenant's threshold, a service credit per line. Resolving twice
 * changes nothing the second time: the update matches only an open outage,
 * and messages and credits have unique keys besides.
 */
export async function resolveOutage(ctx: OutageCtx & { audit: AuditWriter }, tenantId: string, input: ResolveOutageInput): Promise<Resolved> {
  const { tx } = ctx;
  const now = ctx.now ?? new Date();
  const [outage] = await tx.select().from(outages).where(eq(outages.id, input.id)).for("update");
  if (!outage) throw new NotFoundError("That outage");
  if (outage.resolvedAt) return { number: outage.number, messages: 0, credits: 0, creditDays: 0, alreadyResolved: true };
  const resolvedAt = instantOfLocal(input.resolvedAt, ctx.timeZone);
  if (!resolvedAt) throw new UserFacingError("Enter the date and time service came back.", { resolvedAt: ["Enter the date and time service came back."] });
  if (resolvedAt < outage.startedAt) throw new UserFacingError("Service came back after the outage started.", { resolvedAt: ["Enter a time after the start."] });
  if (resolvedAt.getTime() > now.getTime() + 5 * 60_000) throw new UserFacingError("Service cannot come back in the future.", { resolvedAt: ["It cannot be in the future."] });

  await tx
    .update(outages)
    .set({ resolvedAt, resolution: input.resolution, resolvedBy: ctx.userId })
    .where(and(eq(outages.id, outage.id), isNull(outages.resolvedAt)));
  const messages = await queueOutageMessages(tx, tenantId, outage.id, "service_restored", {});
  const creditDays = outageCreditDays(outage.startedAt, resolvedAt, await loadOutageCreditHours(tx));
  const credits = await creditOutage(tx, { tenantId, outageId: outage.id, outageNumber: outage.number, today: tenantDate(now, ctx.timeZone), userId: ctx.userId, days: creditDays });
  await ctx.audit({
    action: "outage.resolve",
    entityType: "outage",
    entityId: outage.id,
    before: { resolvedAt: null },
    after: { number: outage.number, resolvedAt: resolvedAt.toISOString(), resolution: input.resolution, messages, credits: credits.length, creditDays, hours: Math.round(((resolvedAt.getTime() - outage.startedAt.getTime()) / 3_600_000) * 10) / 10 },
  });
  await auditAll(
    ctx.audit,
    credits.map((c) => ({
      action: "adjustment.credit",
      entityType: "adjustment",
      entityId: c.id,
      after: { customerId: c.customerId, subscriptionId: c.subscriptionId, category: "outage_credit", amount: c.amount, reason: c.reason },
    })),
  );
  return { number: outage.number, messages, credits: credits.length, creditDays, alreadyResolved: false };
}
