import "server-only";
import {
  readNotificationSettings,
  readTemplateForUpdate,
  readTemplates,
  upsertNotificationSettings,
  upsertTemplate,
} from "@/db/queries/notification-settings";
import { TEMPLATE_KEYS, type TemplateKey } from "@/db/schema";
import type { Tx } from "@/db/types";
import { changedFields, type AuditEntry } from "@/lib/audit/record";
import type { NotificationSettingsInput, TemplateInput } from "@/lib/validations/notification-settings";
import { NOTIFICATION_DEFAULTS } from "./queue";
import { TEMPLATE_DEFINITIONS } from "./templates";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void> };

export type NotificationSettingsView = { smsEnabled: boolean; emailEnabled: boolean; reminderDaysBefore: number; saved: boolean };

export async function getNotificationSettings(tx: Tx): Promise<NotificationSettingsView> {
  const row = await readNotificationSettings(tx);
  return row ? { ...row, saved: true } : { ...NOTIFICATION_DEFAULTS, saved: false };
}

/**
 * Channels and reminder timing; one audit row listing what changed. Saving
 * what is already stored writes nothing; the first save stores the row (and
 * is audited) even when it keeps the defaults.
 */
export async function saveNotificationSettings({ tx, audit }: Ctx, tenantId: string, input: NotificationSettingsInput): Promise<{ changed: string[] }> {
  const stored = await readNotificationSettings(tx, { lock: true });
  const diff = changedFields({ ...(stored ?? NOTIFICATION_DEFAULTS) }, { ...input });
  const changed = Object.keys(diff.after);
  if (stored && changed.length === 0) return { changed };
  await upsertNotificationSettings(tx, tenantId, input);
  await audit({ action: "notification_settings.update", entityType: "settings", entityId: "notifications", ...diff });
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

function builtIn(key: TemplateKey) {
  const d = TEMPLATE_DEFINITIONS.find((t) => t.key === key)!;
  return { subject: d.subject, body: d.body, smsEnabled: true, emailEnabled: true };
}

/** Every message with the tenant's wording, or the built-in one where it has none. */
export async function listTemplates(tx: Tx): Promise<TemplateView[]> {
  const own = await readTemplates(tx);
  return TEMPLATE_KEYS.map((key) => {
    const row = own.find((t) => t.key === key);
    const d = builtIn(key);
    return row ? { ...row, custom: row.subject !== d.subject || row.body !== d.body } : { key, ...d, custom: false };
  });
}

/**
 * Saves one message's wording and channels. Saving the built-in wording
 * stores it too (the grant allows no DELETE, and an explicit row is what the
 * person saw). One audit row with what changed.
 */
export async function saveTemplate({ tx, audit }: Ctx, tenantId: string, input: TemplateInput): Promise<{ changed: string[] }> {
  const stored = await readTemplateForUpdate(tx, tenantId, input.key);
  const { key, ...row } = input;
  const diff = changedFields(stored ?? builtIn(input.key), row);
  const changed = Object.keys(diff.after);
  // Saving what is stored writes nothing; every write has its audit row.
  if (stored && changed.length === 0) return { changed };
  await upsertTemplate(tx, tenantId, key, row);
  await audit({ action: "notification_template.update", entityType: "notification_template", entityId: key, ...diff });
  return { changed };
}
