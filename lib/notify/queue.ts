import { eq, sql } from "drizzle-orm";
import { billingSettings, notificationSettings, notificationTemplates, tenants, type TemplateKey } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { renderTemplate, TEMPLATE_DEFINITIONS } from "./templates";

export type NotifyConfig = {
  tenantName: string;
  smsEnabled: boolean;
  emailEnabled: boolean;
  reminderDaysBefore: number;
  templates: Map<TemplateKey, { subject: string; body: string; smsEnabled: boolean; emailEnabled: boolean }>;
};

export const NOTIFICATION_DEFAULTS = { smsEnabled: true, emailEnabled: true, reminderDaysBefore: 3 } as const;

/** The tenant's channels and wording (its own templates over the built-in ones), read once per job step. */
export async function loadNotifyConfig(tx: Tx, tenantId: string): Promise<NotifyConfig> {
  const [tenant] = await tx.select({ name: tenants.name }).from(tenants).where(eq(tenants.id, tenantId));
  const [billing] = await tx.select({ businessName: billingSettings.businessName }).from(billingSettings);
  const [settings] = await tx.select().from(notificationSettings);
  const own = await tx.select().from(notificationTemplates);
  const templates: NotifyConfig["templates"] = new Map();
  for (const d of TEMPLATE_DEFINITIONS) {
    const row = own.find((t) => t.key === d.key);
    templates.set(d.key, row ? { subject: row.subject, body: row.body, smsEnabled: row.smsEnabled, emailEnabled: row.emailEnabled } : { subject: d.subject, body: d.body, smsEnabled: true, emailEnabled: true });
  }
  return {
    tenantName: billing?.businessName || tenant?.name || "",
    smsEnabled: settings?.smsEnabled ?? NOTIFICATION_DEFAULTS.smsEnabled,
    emailEnabled: settings?.emailEnabled ?? NOTIFICATION_DEFAULTS.emailEnabled,
    reminderDaysBefore: settings?.reminderDaysBefore ?? NOTIFICATION_DEFAULTS.reminderDaysBefore,
    templates,
  };
}

export type MessageRequest = {
  key: TemplateKey;
  to: { customerId?: string | null; mobile?: string | null; email?: string | null };
  vars: Record<string, string | number | undefined>;
  /** Unique per tenant and channel: the same key never queues a second message (e.g. "overdue:<invoice id>"). */
  dedupeKey: string;
};

export type OutboxRow = { channel: "sms" | "email"; recipient: string; customer_id: string | null; template_key: string; subject: string | null; body: string; dedupe_key: string };

/** The outbox rows a request turns into: one per enabled channel the recipient can be reached on. */
export function outboxRowsFor(config: NotifyConfig, request: MessageRequest): OutboxRow[] {
  const template = config.templates.get(request.key);
  if (!template) return [];
  const vars = { tenant_name: config.tenantName, ...request.vars };
  const rows: OutboxRow[] = [];
  const base = { customer_id: request.to.customerId ?? null, template_key: request.key, dedupe_key: request.dedupeKey };
  if (config.smsEnabled && template.smsEnabled && request.to.mobile) {
    rows.push({ ...base, channel: "sms", recipient: request.to.mobile, subject: null, body: renderTemplate(template.body, vars) });
  }
  if (config.emailEnabled && template.emailEnabled && request.to.email) {
    rows.push({ ...base, channel: "email", recipient: request.to.email, subject: renderTemplate(template.subject, vars), body: renderTemplate(template.body, vars) });
  }
  return rows;
}

const CHUNK = 5000;

/**
 * Writes messages to the outbox in the caller's transaction, so a message
 * exists exactly when the change that caused it commits. A dedupe key seen
 * before is skipped. Returns how many rows were new.
 */
export async function queueMessages(tx: Tx, tenantId: string, config: NotifyConfig, requests: MessageRequest[]): Promise<number> {
  return insertOutboxRows(tx, tenantId, requests.flatMap((r) => outboxRowsFor(config, r)));
}

/** Writes rendered messages to the outbox in the caller's transaction; a (channel, dedupe key) seen before is skipped. */
export async function insertOutboxRows(tx: Tx, tenantId: string, rows: OutboxRow[]): Promise<number> {
  let inserted = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const result = await tx.execute(sql`
      insert into outbox_messages (tenant_id, channel, recipient, customer_id, template_key, subject, body, dedupe_key)
      select ${tenantId}::uuid, r.channel, r.recipient, r.customer_id, r.template_key, r.subject, r.body, r.dedupe_key
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + CHUNK))}::jsonb)
        as r(channel text, recipient text, customer_id uuid, template_key text, subject text, body text, dedupe_key text)
      on conflict (tenant_id, channel, dedupe_key) do nothing
      returning 1`);
    inserted += rowsOf(result).length;
  }
  return inserted;
}
