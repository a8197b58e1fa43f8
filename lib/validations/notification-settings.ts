import { z } from "zod";
import { TEMPLATE_KEYS } from "@/db/schema/notifications";
import { unknownPlaceholdersFor } from "@/lib/notify/placeholders";

/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

export const MAX_REMINDER_DAYS = 30;
export const MAX_SUBJECT = 150;
/** About six SMS parts; longer texts cost more than they are worth. */
export const MAX_BODY = 918;

/** Settings > Notifications: channels and when the first due-date reminder goes out. */
export const notificationSettingsSchema = z.object({
  smsEnabled: checkbox,
  emailEnabled: checkbox,
  reminderDaysBefore: z.preprocess(
    (v) => (typeof v === "string" ? v.trim() : v),
    z.coerce
      .number({ error: "Enter a number of days." })
      .int("Enter whole days.")
      .min(0, `Enter 0 to ${MAX_REMINDER_DAYS} days.`)
      .max(MAX_REMINDER_DAYS, `Enter 0 to ${MAX_REMINDER_DAYS} days.`),
  ),
});
export type NotificationSettingsInput = z.infer<typeof notificationSettingsSchema>;

const text = (what: string, max: number) =>
  z
    .string()
    .transform((v) => v.replace(/\r\n/g, "\n").trim())
    .pipe(z.string().min(1, `Enter the ${what}.`).max(max, `Use at most ${max} characters.`));

const braces = (names: string[]) => names.map((n) => `{${n}}`).join(", ");

/**
 * One message's wording. A placeholder the message cannot fill (a typo such
 * as {nmae}) is refused: it would reach customers exactly as typed.
 */
export const templateSchema = z
  .object({
    key: z.enum(TEMPLATE_KEYS, "Pick a message."),
    subject: text("email subject", MAX_SUBJECT),
    body: text("message text", MAX_BODY),
    smsEnabled: checkbox,
    emailEnabled: checkbox,
  })
  .superRefine((v, ctx) => {
    for (const field of ["subject", "body"] as const) {
      const unknown = unknownPlaceholdersFor(v.key, v[field]);
      if (unknown.length > 0) {
        ctx.addIssue({ code: "custom", path: [field], message: `${braces(unknown)} ${unknown.length === 1 ? "is not a placeholder" : "are not placeholders"} this message can fill. Check the spelling against the list.` });
      }
    }
  });
export type TemplateInput = z.infer<typeof templateSchema>;
