import type { Tx } from "@/db/types";
import { auditWriter, type AuditWriter } from "@/lib/audit/record";
import type { IsoDate } from "@/lib/billing/dates";
import { loadNotifyConfig, type NotifyConfig } from "@/lib/notify/queue";

/**
 * What each step of the daily pipeline gets: a tenant transaction, the
 * tenant's calendar date it runs for, the notification settings, and an
 * audit writer. Steps run as the system (no user) unless someone started
 * the run from the app.
 */
export type StepCtx = {
  tx: Tx;
  tenantId: string;
  today: IsoDate;
  userId: string | null;
  notify: NotifyConfig;
  audit: AuditWriter;
  /** How audit rows name the client: the daily job, or nothing when a person started the run. */
  userAgent: string | null;
};

export async function stepContext(tx: Tx, tenantId: string, today: IsoDate, userId: string | null): Promise<StepCtx> {
  return {
    tx,
    tenantId,
    today,
    userId,
    notify: await loadNotifyConfig(tx, tenantId),
    audit: auditWriter(tx, { tenantId, userId, ip: null, userAgent: userId ? null : "daily job" }),
    userAgent: userId ? null : "daily job",
  };
}
