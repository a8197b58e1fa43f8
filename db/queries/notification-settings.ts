import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notificationSettings, notificationTemplates, type TemplateKey } from "../schema";
import type { Tx } from "../types";

/** Rows only: defaults, what changed and the audit are lib/notify/settings.ts's business. */

export type NotificationSettingsRow = { smsEnabled: boolean; emailEnabled: boolean; reminderDaysBefore: number };

const settingsColumns = {
  smsEnabled: notificationSettings.smsEnabled,
  emailEnabled: notificationSettings.emailEnabled,
  reminderDaysBefore: notificationSettings.reminderDaysBefore,
};

/** The tenant's saved settings, or undefined; `lock` holds the row for an update in the same transaction. */
export async function readNotificationSettings(tx: Tx, opts: { lock?: boolean } = {}): Promise<NotificationSettingsRow | undefined> {
  const query = tx.select(settingsColumns).from(notificationSettings);
  const [row] = opts.lock ? await query.for("update") : await query;
  return row;
}

export async function upsertNotificationSettings(tx: Tx, tenantId: string, row: NotificationSettingsRow): Promise<void> {
  await tx
    .insert(notificationSettings)
    .values({ tenantId, ...row })
    .onConflictDoUpdate({ target: notificationSettings.tenantId, set: { ...row, updatedAt: sql`now()` } });
}

export type TemplateRow = { subject: string; body: string; smsEnabled: boolean; emailEnabled: boolean };

const templateColumns = {
  subject: notificationTemplates.subject,
  body: notificationTemplates.body,
  smsEnabled: notificationTemplates.smsEnabled,
  emailEnabled: notificationTemplates.emailEnabled,
};

/** The messages the tenant has saved its own wording or channels for. */
export async function readTemplates(tx: Tx): Promise<(TemplateRow & { key: TemplateKey })[]> {
  return tx.select({ key: notificationTemplates.key, ...templateColumns }).from(notificationTemplates);
}

/** One saved message, locked for an update in the same transaction. */
export async function readTemplateForUpdate(tx: Tx, tenantId: string, key: TemplateKey): Promise<TemplateRow | undefined> {
  const [row] = await tx
    .select(templateColumns)
    .from(notificationTemplates)
    .where(and(eq(notificationTemplates.tenantId, tenantId), eq(notificationTemplates.key, key)))
    .for("update");
  return row;
}

export async function upsertTemplate(tx: Tx, tenantId: string, key: TemplateKey, row: TemplateRow): Promise<void> {
  await tx
    .insert(notificationTemplates)
    .values({ tenantId, key, ...row })
    .onConflictDoUpdate({ target: [notificationTemplates.tenantId, notificationTemplates.key], set: { ...row, updatedAt: sql`now()` } });
}
