import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { notificationSettings, notificationTemplates, TEMPLATE_KEYS, type TemplateKey } from "../schema";
import type { Tx } from "../types";
import { changedFields, type AuditEntry } from "@/lib/audit/record";
import { NOTIFICATION_DEFAULTS } from "@/lib/notify/queue";
import { TEMPLATE_DEFINITIONS } from "@/lib/notify/templates";
import type { NotificationSettingsInput, TemplateInput } from "@/lib/validations/notification-settings";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

export type NotificationSettingsView = { smsEnabled: boolean; emailEnabled: boolean; reminderDaysBefore: number; saved: boolean };

export async function getNotificationSettings(tx: Tx): Promise<NotificationSettingsView> {
  const [row] = await tx
    .select({ smsEnabled: notificationSettings.smsEnabled, emailEnabled: notificationSettings.emailEnabled, reminderDaysBefore: notificationSettings.reminderDaysBefore })
    .from(notificationSettings);
  return row ? { ...row, saved: true } : { ...NOTIFICATION_DEFAULTS, saved: false };
}

/** Channels and reminder timing; one audit row listing what changed (none when nothing did). */
export async function saveNotificationSettings({ tx, audit }: Ctx, tenantId: string, input: NotificationSettingsInput): Promise<{ changed: string[] }> {
  const [saved] = await tx
    .select({ smsEnabled: notificationSettings.smsEnabled, emailEnabled: notificationSettings.emailEnabled, reminderDaysBefore: notificationSettings.reminderDaysBefore })
    .from(notificationSettings)
    .for("update");
  const before = saved ?? NOTIFICATION_DEFAULTS;
  await tx
    .insert(notificationSettings)
    .values({ tenantId, ...input })
    .onConflictDoUpdate({ target: notificationSettings.tenantId, set: { ...input, updatedAt: sql`now()` } });
  const diff = changedFields({ ...before }, { ...input });
  const changed = Object.keys(diff.after);
  if (changed.length > 0) await audit({ action: "notification_settings.update", entityType: "settings", entityId: "notifications", ...diff });
  return { changed };
}

export type TemplateView = {
  key: TemplateKey;
  subject: string;
  body: string;
  smsEnabled: boolean;
  emailEnabled: boolean;
  /** The tenant's wording differs from the built-in one. */
  custom: boolean;
};

/** Every message with the tenant's wording, or the built-in one where it has none. */
export async function listTemplates(tx: Tx): Promise<TemplateView[]> {
  const own = await tx
    .select({ key: notificationTemplates.key, subject: notificationTemplates.subject, body: notificationTemplates.body, smsEnabled: notificationTemplates.smsEnabled, emailEnabled: notificationTemplates.emailEnabled })
    .from(notificationTemplates);
  return TEMPLATE_KEYS.map((key) => {
    const row = own.find((t) => t.key === key);
    const d = TEMPLATE_DEFINITIONS.find((t) => t.key === key)!;
    return row ? { ...row, custom: row.subject !== d.subject || row.body !== d.body } : { key, subject: d.subject, body: d.body, smsEnabled: true, emailEnabled: true, custom: false };
  });
}

/**
 * Saves one message's wording and channels. Saving the built-in wording
 * stores it too (the grant allows no DELETE, and an explicit row is what the
 * person saw). One audit row with what changed.
 */
export async function saveTemplate({ tx, audit }: Ctx, tenantId: string, input: TemplateInput): Promise<{ changed: string[] }> {
  const [saved] = await tx
    .select({ subject: notificationTemplates.subject, body: notificationTemplates.body, smsEnabled: notificationTemplates.smsEnabled, emailEnabled: notificationTemplates.emailEnabled })
    .from(notificationTemplates)
    .where(and(eq(notificationTemplates.tenantId, tenantId), eq(notificationTemplates.key, input.key)))
    .for("update");
  const d = TEMPLATE_DEFINITIONS.find((t) => t.key === input.key)!;
  const before = saved ?? { subject: d.subject, body: d.body, smsEnabled: true, emailEnabled: true };
  const { key, ...row } = input;
  await tx
    .insert(notificationTemplates)
    .values({ tenantId, key, ...row })
    .onConflictDoUpdate({ target: [notificationTemplates.tenantId, notificationTemplates.key], set: { ...row, updatedAt: sql`now()` } });
  const diff = changedFields(before, row);
  const changed = Object.keys(diff.after);
  if (changed.length > 0) await audit({ action: "notification_template.update", entityType: "notification_template", entityId: key, ...diff });
  return { changed };
}
