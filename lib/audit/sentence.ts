import { templateLabel } from "@/lib/notify/template-label";
import { changeSummary, formatValue } from "./values";

/** A piece of an audit sentence: text, or a link to the page of the thing it names. */
export type SentencePart = { text: string; href?: string };

/** What the audit log page knows of one row. */
export type AuditRowView = {
  action: string;
  entityType: string;
  entityId: string | null;
  changes: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  /** The staff member's name; null for the system (the daily job, the seed). */
  actorName: string | null;
  userAgent?: string | null;
};

/** A record's human name, found for the page's rows in one set-based query (db/queries/audit-names.ts). */
export type EntityName = { label: string; customer?: { id: string; name: string } };

/** Names by `${entityType}:${id}` (customers also under "customer:<id>" for rows that only carry a customerId). */
export type NameBook = ReadonlyMap<string, EntityName>;

type Ctx = {
  row: AuditRowView;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  names: NameBook;
};

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : typeof v === "number" ? String(v) : undefined);
const t = (text: string): SentencePart => ({ text });
const link = (text: string, href?: string): SentencePart => (href ? { text, href } : { text });

function lookup({ row, names }: Ctx, type = row.entityType, id = row.entityId): EntityName | undefined {
  return id ? names.get(`${type}:${id}`) : undefined;
}

/** The customer a row is about: through the record's own lookup, or the customerId it carries. */
function customerOf(ctx: Ctx): SentencePart | null {
  const viaRecord = lookup(ctx)?.customer;
  if (viaRecord) return link(viaRecord.name, `/customers/${viaRecord.id}`);
  const id = str(ctx.after.customerId) ?? str(ctx.before.customerId);
  const name = id ? lookup(ctx, "customer", id)?.label : undefined;
  return id && name ? link(name, `/customers/${id}`) : null;
}

/** "Juan Dela Cruz's" (a link), or "a customer's" when the customer is gone. */
function possessive(ctx: Ctx): SentencePart[] {
  const c = customerOf(ctx);
  return c ? [c, t("'s")] : [t("a customer's")];
}

/** The record by its name and link; `fallback` (from before/after) when it was deleted. */
function named(ctx: Ctx, href: (id: string) => string, fallback?: unknown): SentencePart {
  const found = lookup(ctx);
  const label = found?.label ?? str(fallback) ?? "a record no longer there";
  return link(label, found && ctx.row.entityId ? href(ctx.row.entityId) : undefined);
}

const reason = (ctx: Ctx): SentencePart[] => {
  const r = str(ctx.after.reason);
  return r ? [t(`: ${r}`)] : [];
};

const changes = (ctx: Ctx): SentencePart[] => {
  const summary = changeSummary(ctx.before, ctx.after);
  return summary ? [t(`: ${summary}`)] : [];
};

const CHANNEL_NAMES: Record<string, string> = { sms: "SMS", email: "email" };

/** " by SMS and email" from the channels a message was queued on. */
const byChannels = (ctx: Ctx): SentencePart[] => {
  const list = Array.isArray(ctx.after.channels) ? ctx.after.channels.map((ch) => CHANNEL_NAMES[String(ch)] ?? String(ch)) : [];
  return list.length ? [t(` by ${list.join(" and ")}`)] : [];
};

const customerName = (a: Record<string, unknown>) => [str(a.firstName), str(a.lastName)].filter(Boolean).join(" ") || undefined;

const SUBSCRIPTION_VERBS: Record<string, string> = {
  activate: "activated",
  suspend: "suspended",
  resume: "resumed",
  cancel: "cancelled",
};

type Rule = (ctx: Ctx) => SentencePart[];

/** "an installation", "a port swap" */
const jobKind = (kind: unknown): string => {
  const words = (str(kind) ?? "job").replace(/_/g, " ");
  return `${/^[aeiou]/.test(words) ? "an" : "a"} ${words}`;
};

/** Every audit action the code writes, as the rest of a sentence that starts with who did it. */
const RULES: Record<string, Rule> = {
  "tenant.create": (c) => [t(`created the workspace ${str(c.after.name) ?? ""} (${str(c.after.subdomain) ?? ""})`)],
  "onboarding.dismiss": () => [t("dismissed the setup checklist")],

  "plan.create": (c) => [t("created the plan "), named(c, (id) => `/plans/${id}`, c.after.name), t(` at ${formatValue("monthlyFee", c.after.monthlyFee)} a month`)],
  "plan.update": (c) => [t("changed the plan "), named(c, (id) => `/plans/${id}`, c.after.name), ...changes(c)],
  "plan.archive": (c) => [t("archived the plan "), named(c, (id) => `/plans/${id}`)],
  "plan.unarchive": (c) => [t("brought back the plan "), named(c, (id) => `/plans/${id}`)],
  "plan.delete": (c) => [t("deleted the plan "), named(c, (id) => `/plans/${id}`, c.before.name)],

  "barangay.create": (c) => [t("added the barangay "), named(c, (id) => `/barangays/${id}`, c.after.name), t(str(c.after.city) ? `, ${str(c.after.city)}` : "")],
  "barangay.update": (c) => [t("changed the barangay "), named(c, (id) => `/barangays/${id}`, c.after.name), ...changes(c)],
  "barangay.delete": (c) => [t("deleted the barangay "), named(c, (id) => `/barangays/${id}`, c.before.name)],
  "barangay.import": (c) => [
    t(`imported ${formatValue("added", c.after.added)} barangays from ${str(c.after.source) ?? "a list"}`),
    t(Number(c.after.skipped) > 0 ? ` (${formatValue("skipped", c.after.skipped)} already there)` : ""),
  ],

  "customer.create": (c) => [t("added the customer "), named(c, (id) => `/customers/${id}`, customerName(c.after)), t(str(c.after.accountNo) ? ` (${str(c.after.accountNo)})` : "")],
  "customer.update": (c) => [t("changed "), named(c, (id) => `/customers/${id}`), t("'s details"), ...changes(c)],
  "customer.status_change": (c) => [t("set "), named(c, (id) => `/customers/${id}`), t(`'s status to ${str(c.after.status) ?? "?"}`), ...reason(c)],
  "customer.import": (c) => [
    t(`imported ${formatValue("customers", c.after.customers)} customers and ${formatValue("subscriptions", c.after.subscriptions)} subscriptions`),
    t(str(c.after.fileName) ? ` from ${str(c.after.fileName)}` : ""),
    t(str(c.after.firstAccountNo) ? ` (accounts ${str(c.after.firstAccountNo)} to ${str(c.after.lastAccountNo)})` : ""),
  ],
  "customer.export": (c) => {
    const filters = c.after.filters && typeof c.after.filters === "object" ? Object.keys(c.after.filters as object) : [];
    return [
      link(`exported ${formatValue("rows", c.after.rows)} customers to CSV`, "/customers"),
      t(filters.length ? ` (filtered by ${filters.join(", ")})` : ""),
    ];
  },
  "customer.bulk_seed": (c) => [t(`added ${formatValue("count", c.after.count)} sample customers`)],

  // The plant import (issue 13): one row per file, and one per port a file of assignments connected.
  "plant.import": (c) => {
    const added =
      Number(c.after.lcps) + Number(c.after.naps) > 0
        ? [Number(c.after.lcps) ? `${formatValue("lcps", c.after.lcps)} LCPs` : "", Number(c.after.naps) ? `${formatValue("naps", c.after.naps)} NAPs` : ""].filter(Boolean).join(" and ")
        : `${formatValue("ports", c.after.ports)} port assignments`;
    return [
      link(`imported ${added}`, "/network/plant"),
      t(str(c.after.fileName) ? ` from ${str(c.after.fileName)}` : ""),
      t(Number(c.after.skipped) > 0 ? ` (${formatValue("skipped", c.after.skipped)} rows skipped)` : ""),
    ];
  },
  "plant.seed": (c) => [
    link(`added a sample plant: ${formatValue("lcps", c.after.lcps)} LCPs, ${formatValue("naps", c.after.naps)} NAPs`, "/network/plant"),
    t(Number(c.after.connected) > 0 ? ` and ${formatValue("connected", c.after.connected)} connections` : ""),
  ],
  "nap_port.assign_import": (c) => [
    t(`recorded ${str(c.after.accountNo) ?? "a customer"} as connected at ${str(c.after.napCode) ?? "a NAP"} port ${str(c.after.portNumber) ?? "?"}`),
    t(str(c.after.fileName) ? ` (imported from ${str(c.after.fileName)})` : ""),
  ],

  "subscription.create": (c) => [t("added a "), t(str(c.after.plan) ?? "new"), t(" line for "), customerOf(c) ?? t("a customer")],
  "subscription.change_plan": (c) => [
    t("moved "),
    ...possessive(c),
    t(` line from ${str(c.before.plan) ?? "its plan"} to ${str(c.after.plan) ?? "another plan"}`),
    t(str(c.after.date) ? ` from ${formatValue("date", c.after.date)}` : ""),
  ],
  "subscription.billed_elsewhere": (c) => {
    const plan = lookup(c)?.label;
    return [t("took "), ...possessive(c), t(plan ? ` line ${plan}` : " line"), t(` as billed by a previous system until ${formatValue("date", c.after.billedElsewhereUntil)}`)];
  },
  "subscription.reconnect_requested": (c) => {
    const plan = lookup(c)?.label;
    return [t("asked for "), ...possessive(c), t(plan ? ` line ${plan} to be reconnected` : " line to be reconnected")];
  },

  "user.create": (c) => [t("added "), link(str(c.after.name) ?? "a staff member", "/settings/staff"), t(` to the staff as ${str(c.after.role) ?? "staff"}`)],
  "user.deactivate": (c) => [t("deactivated "), named(c, () => "/settings/staff"), t("'s account")],
  "user.reactivate": (c) => [t("reactivated "), named(c, () => "/settings/staff"), t("'s account")],
  "user.sign_out_everywhere": () => [t("signed out of all devices")],
  "user.password_change": (c) => [t(c.after.replacedTemporary === true ? "replaced their temporary password with one of their own" : "changed their password")],
  "user.password_reset": (c) => [t("reset "), named(c, () => "/settings/staff"), t("'s password to a temporary one, to be changed at their next sign-in")],
  "user.password_reset_by_link": () => [t("set a new password with an emailed reset link")],
  "user.password_reset_requested": (c) => [t("emailed a password reset link to "), named(c, () => "/settings/staff"), t(", as asked on the sign-in page")],
  "user.role_change": (c) => [t("changed "), named(c, () => "/settings/staff"), t(`'s role from ${str(c.before.role) ?? "none"} to ${str(c.after.role) ?? "none"}`)],
  "role.create": (c) => [t("created the role "), named(c, (id) => `/settings/roles/${id}`, c.after.name)],
  "role.update": (c) => [t("changed the role "), named(c, (id) => `/settings/roles/${id}`, c.after.name), ...changes(c)],
  "role.delete": (c) => [t("deleted the role "), named(c, (id) => `/settings/roles/${id}`, c.before.name)],

  "billing_settings.update": (c) => [link("changed the billing settings", "/settings/billing"), ...changes(c)],
  "settings.account_prefix": (c) => [link("changed the account number prefix", "/settings/customers"), t(` from ${str(c.before.prefix) ?? "none"} to ${str(c.after.prefix) ?? "none"}`)],
  "notification_settings.update": (c) => [link("changed the notification settings", "/settings/notifications"), ...changes(c)],
  "notification_template.update": (c) => [
    t("changed the wording of the "),
    link(`“${templateLabel(c.row.entityId ?? "")}”`, `/settings/notifications?message=${encodeURIComponent(c.row.entityId ?? "")}`),
    t(" message"),
  ],

  "billing.run": (c) => [
    t("ran billing for "),
    link(formatValue("runDate", c.after.runDate), c.row.entityId ? `/billing/runs/${c.row.entityId}` : undefined),
    t(`: ${formatValue("invoices", c.after.invoices)} invoices, ${formatValue("total", c.after.total)}`),
    t(str(c.after.first) ? ` (${str(c.after.first)} to ${str(c.after.last)})` : ""),
  ],
  "billing_run.batch_pdf": (c) => [
    t(`prepared the batch PDF (${formatValue("invoices", c.after.invoices)} invoices) of the `),
    link(`billing run of ${formatValue("runDate", c.after.runDate)}`, c.row.entityId ? `/billing/runs/${c.row.entityId}` : undefined),
  ],
  "billing.late_fees": (c) => [t(`charged late fees on ${formatValue("invoices", c.after.invoices)} invoices, ${formatValue("total", c.after.total)}`)],
  "invoice.void": (c) => [
    t("voided invoice "),
    named(c, (id) => `/billing/invoices/${id}`, c.after.number),
    t(str(c.after.total) ? ` (${formatValue("total", c.after.total)})` : ""),
    t(" of "),
    customerOf(c) ?? t("a customer"),
    ...reason(c),
  ],
  "payment.post": (c) => [
    t(`received ${formatValue("amount", c.after.amount)} from `),
    customerOf(c) ?? t("a customer"),
    t(str(c.after.method) ? ` by ${formatValue("method", c.after.method)}` : ""),
    t(", receipt "),
    named(c, (id) => `/payments/${id}`, c.after.receiptNumber),
  ],
  "invoice.send": (c) => [t("sent invoice "), named(c, (id) => `/billing/invoices/${id}`, c.after.number), t(" to "), customerOf(c) ?? t("a customer"), ...byChannels(c)],
  "payment.send_receipt": (c) => [t("sent receipt "), named(c, (id) => `/payments/${id}`, c.after.number), t(" to "), customerOf(c) ?? t("a customer"), ...byChannels(c)],
  "payment.void": (c) => [t("voided receipt "), named(c, (id) => `/payments/${id}`, c.after.receiptNumber), t(" of "), customerOf(c) ?? t("a customer"), ...reason(c)],
  "adjustment.charge": (c) => [t(`added a charge of ${formatValue("amount", c.after.amount)} to `), ...possessive(c), t(" account"), ...reason(c)],
  "adjustment.credit": (c) => [t(`gave a credit of ${formatValue("amount", c.after.amount)} to `), ...possessive(c), t(" account"), ...reason(c)],

  "work_item.disconnect_done": (c) => [t("disconnected "), ...possessive(c), t(" line"), t(str(c.after.note) ? `: ${str(c.after.note)}` : "")],
  "work_item.reconnect_done": (c) => [t("reconnected "), ...possessive(c), t(" line"), t(str(c.after.note) ? `: ${str(c.after.note)}` : "")],

  "olt.create": (c) => [t("added the OLT "), named(c, (id) => `/network/plant/olts/${id}`, c.after.name)],
  "olt.update": (c) => [t("changed the OLT "), named(c, (id) => `/network/plant/olts/${id}`, c.after.name), ...changes(c)],
  "olt.delete": (c) => [t("deleted the OLT "), named(c, (id) => `/network/plant/olts/${id}`, c.before.name)],
  "pon_port.create": (c) => [t(`added PON port ${str(c.after.label) ?? ""}`)],
  "pon_port.update": (c) => [t("changed PON port "), named(c, () => "/network/plant", c.after.label), ...changes(c)],
  "pon_port.delete": (c) => [t(`deleted PON port ${str(c.before.label) ?? ""}`)],
  "lcp.create": (c) => [t("added the LCP "), named(c, (id) => `/network/plant/lcps/${id}`, c.after.code)],
  "lcp.update": (c) => [t("changed the LCP "), named(c, (id) => `/network/plant/lcps/${id}`, c.after.code), ...changes(c)],
  "lcp.delete": (c) => [t("deleted the LCP "), named(c, (id) => `/network/plant/lcps/${id}`, c.before.code)],
  "nap.create": (c) => [t("added the NAP "), named(c, (id) => `/network/plant/naps/${id}`, c.after.code), t(c.after.splitterRatio ? ` (1:${formatValue("splitterRatio", c.after.splitterRatio)})` : "")],
  "nap.update": (c) => [t("changed the NAP "), named(c, (id) => `/network/plant/naps/${id}`, c.after.code), ...changes(c)],
  "nap.delete": (c) => [t("deleted the NAP "), named(c, (id) => `/network/plant/naps/${id}`, c.before.code)],
  "nap_port.update": (c) => [
    t(`marked port ${str(c.after.portNumber) ?? ""} of `),
    link("a NAP", str(c.after.napId) ? `/network/plant/naps/${str(c.after.napId)}` : undefined),
    t(` ${str(c.after.state) ?? ""}${str(c.after.note) ? `: ${str(c.after.note)}` : ""}`),
  ],
  "plant_settings.update": (c) => [link("changed the optical budget", "/settings/plant"), ...changes(c)],
  "device.receive": (c) => [
    link(`received ${formatValue("count", c.after.count)} ${str(c.after.kind) === "router" ? "router" : "ONU"}${Number(c.after.count) === 1 ? "" : "s"}`, "/network/equipment"),
    t(` into stock${str(c.after.brand) || str(c.after.model) ? ` (${[str(c.after.brand), str(c.after.model)].filter(Boolean).join(" ")})` : ""}`),
  ],
  "device.hand_over": (c) => [t("handed "), named(c, (id) => `/network/equipment/${id}`, "a device"), t(` to ${str(c.after.technicianName) ?? "a technician"}`), t(str(c.after.note) ? `: ${str(c.after.note)}` : "")],
  "device.return_to_stock": (c) => [t("took "), named(c, (id) => `/network/equipment/${id}`, "a device"), t(" back to stock"), t(str(c.after.note) ? `: ${str(c.after.note)}` : "")],
  "device.write_off": (c) => [t("marked "), named(c, (id) => `/network/equipment/${id}`, "a device"), t(` ${str(c.after.status) ?? "written off"}`), t(str(c.after.note) ? `: ${str(c.after.note)}` : "")],
  "device.update": (c) => [t("changed the device "), named(c, (id) => `/network/equipment/${id}`, "a device"), ...changes(c)],
  "field_job.schedule": (c) => [t(`scheduled ${jobKind(c.after.kind)} for `), customerOf(c) ?? t("a customer"), t(str(c.after.scheduledOn) ? ` on ${formatValue("scheduledOn", c.after.scheduledOn)}` : "")],
  "field_job.complete": (c) => [
    t("completed "),
    named(c, (id) => `/network/jobs/${id}`, jobKind(c.after.kind)),
    t(" for "),
    customerOf(c) ?? t("a customer"),
    t(str(c.after.signalFlag) ? `; signal flagged: ${str(c.after.signalFlag)}` : ""),
  ],
  "field_job.cancel": (c) => [t("cancelled "), named(c, (id) => `/network/jobs/${id}`, "a job"), t(" for "), customerOf(c) ?? t("a customer"), ...reason(c)],

  "outage.declare": (c) => [
    t("declared outage "),
    link(str(c.after.number) ?? "an outage", c.row.entityId ? `/network/outages/${c.row.entityId}` : undefined),
    t(` on ${str(c.after.target) ?? "the plant"}: ${str(c.after.cause) ?? ""} (${formatValue("count", c.after.subscriptions)} lines cut off)`),
  ],
  "outage.resolve": (c) => [
    t("resolved outage "),
    link(str(c.after.number) ?? "an outage", c.row.entityId ? `/network/outages/${c.row.entityId}` : undefined),
    t(Number(c.after.credits) > 0 ? `, crediting ${formatValue("count", c.after.credits)} lines` : ""),
  ],
  "ticket.open": (c) => [t(`opened ticket ${str(c.after.number) ?? ""} for `), customerOf(c) ?? t("a customer"), t(str(c.after.subject) ? `: ${str(c.after.subject)}` : "")],
  "ticket.note": (c) => [t("added a note to "), link(str(c.after.number) ?? "a ticket", c.row.entityId ? `/tickets/${c.row.entityId}` : undefined)],
  "ticket.status": (c) => [
    t("moved "),
    link(str(c.after.number) ?? "a ticket", c.row.entityId ? `/tickets/${c.row.entityId}` : undefined),
    t(` to ${(str(c.after.status) ?? "").replace(/_/g, " ")}${str(c.after.resolutionCode) ? `: ${str(c.after.resolutionCode)}` : ""}`),
  ],
  "ticket.assign": (c) => [t("reassigned "), link(str(c.after.number) ?? "a ticket", c.row.entityId ? `/tickets/${c.row.entityId}` : undefined)],
  "ticket_settings.update": () => [t("changed the helpdesk's business hours and SLA")],
  "outage_settings.update": (c) => [link("changed the outage credit rule", "/settings/plant"), ...changes(c)],

  "outbox_message.retry": (c) => [t("queued "), link("a message", "/notifications"), t(" to "), customerOf(c) ?? t("a customer"), t(" again")],
  "outbox.send_now": () => [link("sent the due messages", "/notifications"), t(" now")],
  "job.daily_run": (c) => [link("ran the daily schedule", "/settings/schedule"), t(` for ${formatValue("runDate", c.after.runDate)}`)],
  "job.daily_run_failed": (c) => [link("started the daily schedule", "/settings/schedule"), t(` for ${formatValue("runDate", c.after.runDate)}, and it failed`)],
};

/** "customer.status_change" on a "customer" -> "status change (customer)": an action no rule knows yet, readable. */
function fallback(c: Ctx): SentencePart[] {
  const [area, verb] = c.row.action.includes(".") ? c.row.action.split(".", 2) : [c.row.entityType, c.row.action];
  const words = (s: string) => s.replace(/[._]/g, " ").trim();
  return [t(`${words(verb ?? "")} (${words(area ?? c.row.entityType)})`)];
}

/** Who did it: the staff member, or the system by what it was. */
export function actorLabel(row: Pick<AuditRowView, "actorName" | "userAgent">): string {
  if (row.actorName) return row.actorName;
  if (row.userAgent === "daily job") return "The daily schedule";
  return "FiberBill";
}

/**
 * One audit row as a sentence: "Maria Santos cancelled Juan Dela Cruz's line
 * Fiber 50: moved away". Records are named by their human names (from the
 * row itself, or from `names` for the page's rows) and link to their pages.
 */
export function auditSentence(row: AuditRowView, names: NameBook = new Map()): SentencePart[] {
  const ctx: Ctx = { row, before: row.changes.before ?? {}, after: row.changes.after ?? {}, names };
  const sub = /^subscription\.(\w+)$/.exec(row.action)?.[1];
  const rule = RULES[row.action] ?? (sub && SUBSCRIPTION_VERBS[sub] ? subscriptionChange(SUBSCRIPTION_VERBS[sub]) : fallback);
  const rest = rule(ctx).filter((p) => p.text !== "");
  return [{ text: actorLabel(row) }, t(" "), ...rest];
}

/** "cancelled Juan Dela Cruz's line Fiber 50: moved away" */
function subscriptionChange(verb: string): Rule {
  return (c) => {
    const plan = lookup(c)?.label;
    return [t(`${verb} `), ...possessive(c), t(plan ? ` line ${plan}` : " line"), ...reason(c)];
  };
}

/** The sentence as plain text (for tests, titles and screen-reader summaries). */
export function sentenceText(parts: readonly SentencePart[]): string {
  return parts.map((p) => p.text).join("");
}

/** Every action with a sentence of its own (the rest fall back to a readable form of their code). */
export const KNOWN_ACTIONS: readonly string[] = [...Object.keys(RULES), ...Object.keys(SUBSCRIPTION_VERBS).map((v) => `subscription.${v}`)];

/** A filter menu's name for an action code: "customer.status_change" -> "Customer: status change". */
export function actionLabel(action: string): string {
  const [area, verb] = action.includes(".") ? action.split(".", 2) : ["", action];
  const words = (s: string) => s.replace(/[._]/g, " ").trim();
  const head = words(area ?? "");
  return head ? `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${words(verb ?? "")}` : words(verb ?? "");
}
