import { env } from "@/lib/env";
import { providersFromEnv, type EmailProvider } from "./providers";

/**
 * System email that belongs to no tenant, so it has no tenant outbox (today:
 * "which workspaces does this email have?"). It goes out over the same SMTP
 * provider as tenant email when SMTP_URL and MAIL_FROM are set; without them
 * it is written to the server log, as tenant messages are kept as "logged".
 */
export type Mail = { to: string; subject: string; text: string };

let configured: EmailProvider | null | undefined;
const fromEnv = () => (configured === undefined ? (configured = providersFromEnv(env).email) : configured);

/** Sends `mail`, or logs it when no SMTP is configured. A failed send throws (the caller logs it). */
export async function sendMail(mail: Mail, provider: EmailProvider | null = fromEnv()): Promise<"sent" | "logged"> {
  if (!provider) {
    console.info(`[mail] to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
    return "logged";
  }
  await provider.send(mail);
  return "sent";
}
