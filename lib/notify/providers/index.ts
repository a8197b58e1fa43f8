import type { Env } from "@/lib/env";
import { semaphoreSms } from "./semaphore";
import { smtpEmail } from "./smtp";
import type { Providers } from "./types";

export type { Delivery, EmailMessage, EmailProvider, Providers, SmsMessage, SmsProvider } from "./types";
export { ProviderError } from "./types";

export type ProviderEnv = Pick<Env, "SEMAPHORE_API_KEY" | "SEMAPHORE_SENDER_NAME" | "SMS_API_URL" | "SMTP_URL" | "MAIL_FROM">;

/**
 * The channels this deployment can deliver on. A channel whose variables are
 * unset has no provider: its messages are kept as "logged" (and written to
 * the server log), which is what a fresh self-hosted install does.
 */
export function providersFromEnv(env: ProviderEnv): Providers {
  return {
    sms: env.SEMAPHORE_API_KEY ? semaphoreSms({ apiKey: env.SEMAPHORE_API_KEY, senderName: env.SEMAPHORE_SENDER_NAME, url: env.SMS_API_URL }) : null,
    email: env.SMTP_URL && env.MAIL_FROM ? smtpEmail({ url: env.SMTP_URL, from: env.MAIL_FROM }) : null,
  };
}
