import type { TenantRef } from "@/db/system";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { queueSignInFailuresAlert, type SignInFailures } from "@/lib/notify/account-alerts";

/**
 * Tells the account holder of a burst of failed sign-ins: one email per
 * account and hour (the outbox's dedupe key), then the outbox is flushed
 * (Inngest, or here and now without it; without SMTP the email is kept as
 * "logged"). Runs after the sign-in answer is sent, so whether an email
 * exists for an address shows neither in the answer nor in its timing.
 */
export async function alertOfFailedSignIns(db: Database, tenant: TenantRef, f: SignInFailures): Promise<void> {
  const queued = await withTenantOn(db, tenant.id, (tx) => queueSignInFailuresAlert(tx, tenant, f));
  if (queued) await publish(db, { name: EVENTS.outboxFlush, data: { tenantId: tenant.id } });
}
