import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { outages } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { takeNumbers } from "@/lib/numbering/counters";
import { formatDateTime } from "@/lib/time/format";
import { instantOfLocal } from "@/lib/time/local-time";
import type { DeclareOutageInput } from "@/lib/validations/outages";
import { recordAffected } from "./affected";
import { queueOutageMessages } from "./messages";
import { findOutageTarget, outageKindName } from "./target";

export type OutageCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null; timeZone: string; now?: Date };

export type Declared = { id: string; number: string; naps: number; subscriptions: number; customers: number; messages: number };

/** A few minutes of clock difference between a phone and the server are not "the future". */
const FUTURE_SLACK_MS = 5 * 60_000;

/**
 * Declares an outage in one transaction: its number, who it cuts off (the
 * plant walked set-based), and an "outage" message to each customer through
 * the outbox. A second declaration on the same plant while one is open is
 * refused by a unique key, so nobody is told twice.
 */
export async function declareOutage(ctx: OutageCtx, tenantId: string, input: DeclareOutageInput): Promise<Declared> {
  const { tx } = ctx;
  const now = ctx.now ?? new Date();
  const startedAt = instantOfLocal(input.startedAt, ctx.timeZone);
  if (!startedAt) throw new UserFacingError("Enter the date and time it started.", { startedAt: ["Enter the date and time it started."] });
  if (startedAt.getTime() > now.getTime() + FUTURE_SLACK_MS) throw new UserFacingError("An outage cannot start in the future.", { startedAt: ["It cannot start in the future."] });
  const expected = input.expectedRestorationAt ? instantOfLocal(input.expectedRestorationAt, ctx.timeZone) : null;
  if (input.expectedRestorationAt && (!expected || expected <= startedAt)) {
    throw new UserFacingError("Expected restoration comes after the start.", { expectedRestorationAt: ["Enter a time after the start."] });
  }
  const target = await findOutageTarget(tx, input.targetKind, input.target);
  if (!target) {
    const what = outageKindName(input.targetKind);
    throw new UserFacingError(`No ${what} "${input.target}" in your plant.`, { target: [`No ${what} with this ${input.targetKind === "pon_port" ? "name" : "code"}.`] });
  }

  const [number] = await takeNumbers(tx, tenantId, "outage");
  let id: string;
  try {
    // A savepoint: a refused duplicate leaves the transaction usable for the message below.
    const [row] = await tx.transaction((sp) =>
      sp
        .insert(outages)
        .values({
          tenantId,
          number: number!,
          targetKind: target.kind,
          ponPortId: target.kind === "pon_port" ? target.id : null,
          lcpId: target.kind === "lcp" ? target.id : null,
          napId: target.kind === "nap" ? target.id : null,
          targetLabel: target.label,
          cause: input.cause,
          startedAt,
          expectedRestorationAt: expected,
          declaredBy: ctx.userId,
        })
        .returning({ id: outages.id }),
    );
    id = row!.id;
  } catch (error) {
    if (pgErrorCode(error) === "23505" && pgConstraint(error)?.startsWith("outages_tenant_open_")) {
      const [open] = rowsOf<{ number: string }>(await tx.execute(sql`select number from outages where resolved_at is null and ${sql.raw(`${target.kind}_id`)} = ${target.id}`));
      throw new UserFacingError(`${target.label} already has an open outage${open ? `, ${open.number}` : ""}. Resolve it before declaring another.`, {
        target: ["Already has an open outage."],
      });
    }
    throw error;
  }

  const affected = await recordAffected(tx, tenantId, id, target);
  const messages = await queueOutageMessages(tx, tenantId, id, "outage", {
    started: formatDateTime(startedAt, ctx.timeZone),
    eta: expected ? formatDateTime(expected, ctx.timeZone) : "as soon as possible",
  });
  await ctx.audit({
    action: "outage.declare",
    entityType: "outage",
    entityId: id,
    after: { number, target: `${outageKindName(target.kind)} ${target.label}`, cause: input.cause, startedAt: startedAt.toISOString(), expectedRestorationAt: expected?.toISOString() ?? null, ...affected, messages },
  });
  return { id, number: number!, ...affected, messages };
}
