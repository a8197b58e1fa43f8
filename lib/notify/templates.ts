import type { TemplateKey } from "@/db/schema/notifications";

/**
 * The messages FiberBill sends, with the wording a tenant starts from. Text
 * uses "PHP" rather than the peso sign: "₱" is not in the GSM-7 alphabet and
 * would turn every SMS into UCS-2, halving what fits in a segment.
 */
export type TemplateDefinition = { key: TemplateKey; label: string; when: string; subject: string; body: string; audience: "customer" | "owner" };

export const TEMPLATE_DEFINITIONS: readonly TemplateDefinition[] = [
  {
    key: "invoice_issued",
    label: "New invoice",
    when: "When the billing run issues an invoice.",
    audience: "customer",
    subject: "{tenant_name}: invoice {invoice_no}",
    body: "Hi {name}, your {tenant_name} bill {invoice_no} for account {account_no} is {amount}, due {due_date}. Thank you!",
  },
  {
    key: "due_reminder",
    label: "Due-date reminder",
    when: "A set number of days before the due date.",
    audience: "customer",
    subject: "{tenant_name}: bill due {due_date}",
    body: "Hi {name}, a reminder from {tenant_name}: your balance of {amount} for account {account_no} is due on {due_date}.",
  },
  {
    key: "due_today",
    label: "Due today",
    when: "On the due date, when the invoice is still unpaid.",
    audience: "customer",
    subject: "{tenant_name}: bill due today",
    body: "Hi {name}, your {tenant_name} bill of {amount} for account {account_no} is due today, {due_date}. Pay via GCash, Maya or at our office.",
  },
  {
    key: "overdue",
    label: "Overdue notice",
    when: "The day after the due date, when the invoice is still unpaid.",
    audience: "customer",
    subject: "{tenant_name}: overdue balance",
    body: "Hi {name}, your balance of {amount} for account {account_no} was due on {due_date}. Please pay to avoid disconnection.",
  },
  {
    key: "late_fee",
    label: "Late fee charged",
    when: "When a late fee is added to the account.",
    audience: "customer",
    subject: "{tenant_name}: late fee",
    body: "Hi {name}, a late fee of {amount} was added to account {account_no} for invoice {invoice_no}. It will appear on your next bill.",
  },
  {
    key: "suspended",
    label: "Service suspended",
    when: "When a line is suspended for non-payment.",
    audience: "customer",
    subject: "{tenant_name}: service suspended",
    body: "Hi {name}, your {tenant_name} service for account {account_no} is suspended for an unpaid balance of {amount}. Pay to have it reconnected.",
  },
  {
    key: "reconnection",
    label: "Reconnection scheduled",
    when: "When a payment clears the balance of a suspended customer.",
    audience: "customer",
    subject: "{tenant_name}: reconnection",
    body: "Hi {name}, thank you for your payment. Account {account_no} will be reconnected shortly by our technician.",
  },
  {
    key: "payment_received",
    label: "Payment received",
    when: "When a payment is posted.",
    audience: "customer",
    subject: "{tenant_name}: payment received",
    body: "Hi {name}, we received {amount} for account {account_no} (receipt {receipt_no}). Thank you!",
  },
  {
    key: "invoice_sent",
    label: "Invoice sent by staff",
    when: "When staff press Send on an invoice: with a link to the invoice that opens without an account.",
    audience: "customer",
    subject: "{tenant_name}: invoice {invoice_no}",
    body: "Hi {name}, your {tenant_name} bill {invoice_no} is {amount}, due {due_date}. View it: {link}",
  },
  {
    key: "receipt_sent",
    label: "Receipt sent by staff",
    when: "When staff press Send on a receipt: with a link to the receipt that opens without an account.",
    audience: "customer",
    subject: "{tenant_name}: receipt {receipt_no}",
    body: "Hi {name}, your {tenant_name} receipt {receipt_no} for {amount}: {link} Thank you!",
  },
  {
    key: "daily_summary",
    label: "Daily summary (owner)",
    when: "Each morning after the daily run, to the owner.",
    audience: "owner",
    subject: "{tenant_name}: daily summary for {date}",
    body: "{tenant_name}, {date}: {invoices} invoices issued, {overdue} newly overdue, {late_fees} late fees, {reminders} reminders, {suspended} suspended, {reconnect} to reconnect.",
  },
  {
    key: "outage",
    label: "Outage in your area",
    when: "When staff declare an outage on the plant that serves the customer.",
    audience: "customer",
    subject: "{tenant_name}: service interruption",
    body: "Hi {name}, {tenant_name} is aware of a service interruption affecting account {account_no} since {started}. Our team is on it; we expect service back by {eta}. We are sorry for the trouble.",
  },
  {
    key: "service_restored",
    label: "Service restored",
    when: "When staff mark the outage resolved.",
    audience: "customer",
    subject: "{tenant_name}: service restored",
    body: "Hi {name}, service for account {account_no} is back. If you are still offline, please restart your modem or reply to {tenant_name}. Thank you for your patience.",
  },
];

export const PLACEHOLDERS: Record<string, string> = {
  name: "Customer's first name",
  account_no: "Account number",
  amount: "Amount (PHP 1,299.00)",
  due_date: "Due date",
  invoice_no: "Invoice number",
  receipt_no: "Receipt number",
  tenant_name: "Your business name",
  date: "The day of the run",
};

export function templateDefinition(key: TemplateKey): TemplateDefinition {
  const found = TEMPLATE_DEFINITIONS.find((t) => t.key === key);
  if (!found) throw new Error(`unknown template ${key}`);
  return found;
}

/** Fills `{placeholder}`s; unknown or missing ones stay as typed so a mistake shows in the preview. */
export function renderTemplate(body: string, vars: Record<string, string | number | undefined>): string {
  return body.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    const value = vars[name];
    return value === undefined ? whole : String(value);
  });
}

/** Placeholders in a template that FiberBill does not know (shown next to the field). */
export function unknownPlaceholders(body: string): string[] {
  return [...body.matchAll(/\{([a-z_]+)\}/g)].map((m) => m[1]!).filter((n) => !(n in PLACEHOLDERS));
}

/** Amounts in messages: "PHP 1,299.00" (see the note at the top). */
export function smsAmount(centavos: number): string {
  const abs = Math.abs(centavos);
  const pesos = Math.trunc(abs / 100).toLocaleString("en-US");
  return `${centavos < 0 ? "-" : ""}PHP ${pesos}.${String(abs % 100).padStart(2, "0")}`;
}

const GSM7_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
const GSM7_EXTENDED = "^{}\\[~]|€\f";

export type SmsSize = { encoding: "GSM-7" | "UCS-2"; characters: number; segments: number; perSegment: number };

/**
 * How many SMS parts a text takes: GSM-7 fits 160 characters in one part and
 * 153 per part when split (extended characters count twice); any other
 * character switches the whole message to UCS-2, 70 and 67.
 */
export function smsSize(text: string): SmsSize {
  let units = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM7_BASIC.includes(ch)) units += 1;
    else if (GSM7_EXTENDED.includes(ch)) units += 2;
    else {
      gsm = false;
      break;
    }
  }
  if (gsm) {
    const segments = units === 0 ? 0 : units <= 160 ? 1 : Math.ceil(units / 153);
    return { encoding: "GSM-7", characters: units, segments, perSegment: segments > 1 ? 153 : 160 };
  }
  const chars = [...text].reduce((n, ch) => n + (ch.codePointAt(0)! > 0xffff ? 2 : 1), 0);
  const segments = chars <= 70 ? 1 : Math.ceil(chars / 67);
  return { encoding: "UCS-2", characters: chars, segments, perSegment: segments > 1 ? 67 : 70 };
}
