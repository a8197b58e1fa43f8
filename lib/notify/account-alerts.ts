import type { Tx } from "@/db/types";
import { SIGN_IN_FAILURES_TEMPLATE } from "./account-alert-template";
import { insertOutboxRows } from "./queue";
import { renderTemplate } from "./templates";

/** The window a burst of failures is told about once in: one email per account and hour, however many failures. */
export const SIGN_IN_ALERT_WINDOW_MS = 60 * 60 * 1000;

/** A burst of failed sign-ins to one account. */
export type SignInFailures = {
  user: { id: string; name: string; email: string };
  /** Attempts on the account in the limiter's window, the last one included. */
  failures: number;
  ip: string;
  at: Date;
};

function localTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-PH", { timeZone, dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** Queues the email about a burst of failed sign-ins, once per account and window. Returns whether it is new. */
export async function queueSignInFailuresAlert(tx: Tx, tenant: { id: string; name: string; timeZone: string }, f: SignInFailures): Promise<boolean> {
  const vars = { tenant_name: tenant.name, name: f.user.name.split(/\s+/)[0], email: f.user.email, count: f.failures, time: localTime(f.at, tenant.timeZone), ip: f.ip };
  const window = Math.floor(f.at.getTime() / SIGN_IN_ALERT_WINDOW_MS);
  const t = SIGN_IN_FAILURES_TEMPLATE;
  const inserted = await insertOutboxRows(tx, tenant.id, [
    {
      channel: "email",
      recipient: f.user.email,
      customer_id: null,
      template_key: t.key,
      subject: renderTemplate(t.subject, vars),
      body: renderTemplate(t.body, vars),
      dedupe_key: `${t.key}:${f.user.id}:${window}`,
    },
  ]);
  return inserted > 0;
}
