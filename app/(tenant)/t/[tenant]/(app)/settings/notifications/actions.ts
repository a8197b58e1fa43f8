"use server";

import { saveNotificationSettings, saveTemplate } from "@/lib/notify/settings";
import { tenantAction } from "@/lib/actions/tenant-action";
import { templateDefinition } from "@/lib/notify/templates";
import { notificationSettingsSchema, templateSchema } from "@/lib/validations/notification-settings";

const revalidate = ["/settings/notifications"];

/** Settings > Notifications: channels on/off and the reminder lead time. */
export const saveNotificationSettingsAction = tenantAction({ schema: notificationSettingsSchema, permission: "notifications.manage", revalidate }, async (ctx, input) => {
  const { changed } = await saveNotificationSettings(ctx, ctx.tenantId, input);
  return { message: changed.length === 0 ? "Nothing changed." : "Notification settings saved. They apply to messages queued from now on." };
});

/** One message's wording and channels. Messages already in the outbox keep the text they were queued with. */
export const saveTemplateAction = tenantAction({ schema: templateSchema, permission: "notifications.manage", revalidate }, async (ctx, input) => {
  const { changed } = await saveTemplate(ctx, ctx.tenantId, input);
  const label = templateDefinition(input.key).label;
  return { message: changed.length === 0 ? `Nothing changed in “${label}”.` : `“${label}” saved. It applies to messages queued from now on.` };
});
