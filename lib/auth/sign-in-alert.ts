import type { TenantRef } from "@/db/system";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { queueSignInFailuresAlert } from "@/lib/notify/account-alerts";

export type FailedSignIns = {
  user: { id: string; name: string; email: string };
  tenant: TenantRef;
  /** Attempts on the account in the limiter's window, this one included. */
  failures: number;
  ip: string;
  at: Date;
};

/**
 * Tells the account holder of a burst of failed sign-ins: one email per
 * account and hour (the outbox's dedupe key), then the outbox is flushed
 * (Inngest, or here and now without it; without SMTP the email is kept as
 * "logged"). Runs after the sign-in answer is sent, so whether an email
 * exists for an address shows neither in the answer nor in its timing.
 */
export async function alertOfFailedSignIns(db: Database, f: FailedSignIns): Promise<void> {
  const queued = await withTenantOn(db, f.tenant.id, (tx) =>
    queueSignInFailuresAlert(tx, f.tenant.id, { user: f.user, tenantName: f.tenant.name, timeZone: f.tenant.timeZone, failures: f.failures, ip: f.ip, at: f.at }),
  );
  if (queued) await publish(db, { name: EVENTS.outboxFlush, data: { tenantId: f.tenant.id } });
}
