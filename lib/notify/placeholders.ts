import type { TemplateKey } from "@/db/schema/notifications";
import { PLACEHOLDERS, smsAmount, templateDefinition } from "./templates";

const PLACEHOLDER = /\{([a-z_]+)\}/g;

function namesIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

/** Labels of the owner's daily counts (placeholders only the daily summary has). */
const SUMMARY_LABELS: Record<string, string> = {
  invoices: "Invoices issued",
  overdue: "Invoices newly overdue",
  late_fees: "Late fees charged",
  reminders: "Reminders queued",
  suspended: "Lines suspended",
  reconnect: "Lines to reconnect",
};

/** Placeholders only some customer messages fill (the ones whose built-in wording uses them). */
const DOCUMENT_LABELS: Record<string, string> = {
  link: "Link to the document (opens without signing in)",
  started: "When the outage started",
  eta: "When service is expected back",
};

/**
 * The placeholders a message can use, with what each stands for: a customer
 * message takes every customer placeholder; a message to the owner takes the
 * ones its built-in wording uses (its counts, the business name, the date).
 */
export function placeholdersFor(key: TemplateKey): { name: string; label: string }[] {
  const d = templateDefinition(key);
  const own = namesIn(`${d.subject} ${d.body}`);
  const names = d.audience === "customer" ? [...new Set([...Object.keys(PLACEHOLDERS), ...own])] : own;
  return names.map((name) => ({ name, label: PLACEHOLDERS[name] ?? SUMMARY_LABELS[name] ?? DOCUMENT_LABELS[name] ?? name }));
}

/** Placeholders in `text` that this message cannot fill: they would reach customers as typed. */
export function unknownPlaceholdersFor(key: TemplateKey, text: string): string[] {
  const known = new Set(placeholdersFor(key).map((p) => p.name));
  return namesIn(text).filter((n) => !known.has(n));
}

/** Made-up values for the live preview; the business name and dates are the tenant's real ones. */
export function sampleValues(key: TemplateKey, { tenantName, today, dueDate }: { tenantName: string; today: string; dueDate: string }): Record<string, string | number> {
  const all: Record<string, string | number> = {
    name: "Juan",
    account_no: "ACC-000123",
    amount: smsAmount(1_299_00),
    due_date: dueDate,
    invoice_no: "INV-00000123",
    receipt_no: "PR-00000045",
    tenant_name: tenantName,
    date: today,
    invoices: 42,
    overdue: 5,
    late_fees: 3,
    reminders: 18,
    suspended: 2,
    reconnect: 1,
    link: "https://jdcfiber.fiberbill.ph/d/iXYZ",
    started: `${today} 7:40 AM`,
    eta: `${today} 3:00 PM`,
  };
  const allowed = new Set(placeholdersFor(key).map((p) => p.name));
  return Object.fromEntries(Object.entries(all).filter(([name]) => allowed.has(name)));
}
