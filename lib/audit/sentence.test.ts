import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditSentence, KNOWN_ACTIONS, sentenceText, type AuditRowView, type EntityName } from "./sentence";

const JUAN = "11111111-1111-4111-8111-111111111111";
const SUB = "22222222-2222-4222-8222-222222222222";
const INV = "33333333-3333-4333-8333-333333333333";
const PAY = "44444444-4444-4444-8444-444444444444";
const PLAN = "55555555-5555-4555-8555-555555555555";
const ROLE = "66666666-6666-4666-8666-666666666666";
const USER = "77777777-7777-4777-8777-777777777777";
const RUN = "88888888-8888-4888-8888-888888888888";
const WORK = "99999999-9999-4999-8999-999999999999";
const BRGY = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const MSG = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
const DEVICE = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

const juan = { id: JUAN, name: "Juan Dela Cruz" };
const names = new Map<string, EntityName>([
  [`customer:${JUAN}`, { label: "Juan Dela Cruz" }],
  [`subscription:${SUB}`, { label: "Fiber 50", customer: juan }],
  [`invoice:${INV}`, { label: "INV-000123", customer: juan }],
  [`payment:${PAY}`, { label: "OR-000045", customer: juan }],
  [`plan:${PLAN}`, { label: "Fiber 50" }],
  [`role:${ROLE}`, { label: "Collector" }],
  [`user:${USER}`, { label: "Pedro Penduko" }],
  [`barangay:${BRGY}`, { label: "Carmen" }],
  [`work_item:${WORK}`, { label: "disconnect", customer: juan }],
  [`outbox_message:${MSG}`, { label: "sms", customer: juan }],
  [`device:${DEVICE}`, { label: "ZTEGC8A10001" }],
]);

type Case = [action: string, entityType: string, entityId: string | null, changes: AuditRowView["changes"], sentence: string, links?: Record<string, string>];

const NAP = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";

const CASES: Case[] = [
  ["nap.create", "nap", NAP, { after: { code: "NAP-12", splitterRatio: 8 } }, "Maria Santos added the NAP NAP-12 (1:8)"],
  ["field_job.schedule", "field_job", "j1", { after: { kind: "installation", customerId: JUAN, scheduledOn: "2026-03-02" } }, "Maria Santos scheduled an installation for Juan Dela Cruz on Mar 2, 2026", { "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["device.receive", "device", null, { after: { kind: "onu", brand: "ZTE", model: "F670L", count: 3 } }, "Maria Santos received 3 ONUs into stock (ZTE F670L)", { "received 3 ONUs": "/network/equipment" }],
  ["tenant.create", "tenant", "t1", { after: { name: "Bukidnon Fiber", subdomain: "bukidnon", owner: "o@x.test" } }, "Maria Santos created the workspace Bukidnon Fiber (bukidnon)"],
  ["onboarding.dismiss", "tenant", "t1", {}, "Maria Santos dismissed the setup checklist"],
  ["plan.create", "plan", PLAN, { after: { name: "Fiber 50", monthlyFee: 129900 } }, "Maria Santos created the plan Fiber 50 at ₱1,299.00 a month", { "Fiber 50": `/plans/${PLAN}` }],
  ["plan.update", "plan", PLAN, { before: { monthlyFee: 129900 }, after: { monthlyFee: 149900 } }, "Maria Santos changed the plan Fiber 50: monthly fee ₱1,299.00 → ₱1,499.00"],
  ["plan.archive", "plan", PLAN, { before: { status: "active" }, after: { status: "archived" } }, "Maria Santos archived the plan Fiber 50"],
  ["plan.unarchive", "plan", PLAN, { before: { status: "archived" }, after: { status: "active" } }, "Maria Santos brought back the plan Fiber 50"],
  ["plan.delete", "plan", "deleted-plan", { before: { name: "Fiber 10" } }, "Maria Santos deleted the plan Fiber 10", {}],
  ["barangay.create", "barangay", BRGY, { after: { name: "Carmen", city: "Cagayan de Oro City" } }, "Maria Santos added the barangay Carmen, Cagayan de Oro City", { Carmen: `/barangays/${BRGY}` }],
  ["barangay.update", "barangay", BRGY, { before: { psgcCode: null }, after: { psgcCode: "104305006" } }, "Maria Santos changed the barangay Carmen: PSGC code none → 104305006"],
  ["barangay.delete", "barangay", "gone", { before: { name: "Lapasan" } }, "Maria Santos deleted the barangay Lapasan"],
  ["barangay.import", "barangay", null, { after: { source: "PSGC", added: 80, skipped: 2 } }, "Maria Santos imported 80 barangays from PSGC (2 already there)"],
  ["device.hand_over", "device", DEVICE, { before: { status: "in_stock" }, after: { status: "with_technician", technicianName: "Ramon Dela Cruz", note: "For Monday" } }, "Maria Santos handed ZTEGC8A10001 to Ramon Dela Cruz: For Monday", { ZTEGC8A10001: `/network/equipment/${DEVICE}` }],
  ["device.return_to_stock", "device", DEVICE, { before: { status: "with_technician" }, after: { status: "in_stock", note: "" } }, "Maria Santos took ZTEGC8A10001 back to stock"],
  ["device.write_off", "device", DEVICE, { before: { status: "in_stock" }, after: { status: "defective", note: "PON light red" } }, "Maria Santos marked ZTEGC8A10001 defective: PON light red"],
  ["device.update", "device", DEVICE, { before: { purchaseCost: 180000, mac: null }, after: { purchaseCost: 185000, mac: "9C:A2:F4:1B:22:0E" } }, "Maria Santos changed the device ZTEGC8A10001: cost ₱1,800.00 → ₱1,850.00, MAC none → 9C:A2:F4:1B:22:0E"],
  ["customer.create", "customer", JUAN, { after: { accountNo: "ACC-00001", firstName: "Juan", lastName: "Dela Cruz" } }, "Maria Santos added the customer Juan Dela Cruz (ACC-00001)", { "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["customer.update", "customer", JUAN, { before: { mobile: "+639171234567", barangayId: BRGY }, after: { mobile: "+639181234567", barangayId: JUAN } }, "Maria Santos changed Juan Dela Cruz's details: mobile +639171234567 → +639181234567, barangay"],
  ["customer.status_change", "customer", JUAN, { before: { status: "active" }, after: { status: "suspended", reason: "Unpaid", effectiveDate: "2026-01-06" } }, "Maria Santos set Juan Dela Cruz's status to suspended: Unpaid"],
  ["customer.import", "customer", null, { after: { fileName: "list.csv", customers: 120, subscriptions: 118, firstAccountNo: "ACC-00001", lastAccountNo: "ACC-00120" } }, "Maria Santos imported 120 customers and 118 subscriptions from list.csv (accounts ACC-00001 to ACC-00120)"],
  ["customer.export", "customer", null, { after: { filters: { status: "active", q: "san" }, rows: 1250 } }, "Maria Santos exported 1,250 customers to CSV (filtered by status, q)", { "exported 1,250 customers to CSV": "/customers" }],
  ["customer.bulk_seed", "customer", null, { after: { count: 100000 } }, "Maria Santos added 100,000 sample customers"],
  ["plant.import", "plant", null, { after: { fileName: "naps.csv", format: "csv", lcps: 2, naps: 40, ports: 320, skipped: 3 } }, "Maria Santos imported 2 LCPs and 40 NAPs from naps.csv (3 rows skipped)", { "imported 2 LCPs and 40 NAPs": "/network/plant" }],
  ["plant.import", "plant", null, { after: { fileName: "ports.csv", format: "csv", lcps: 0, naps: 0, ports: 12, skipped: 0 } }, "Maria Santos imported 12 port assignments from ports.csv"],
  ["plant.seed", "plant", null, { after: { lcps: 8, naps: 40, connected: 120 } }, "Maria Santos added a sample plant: 8 LCPs, 40 NAPs and 120 connections", { "added a sample plant: 8 LCPs, 40 NAPs": "/network/plant" }],
  ["nap_port.assign_import", "nap_port", null, { after: { napCode: "NAP-12", portNumber: 3, accountNo: "ACC-000123", fileName: "ports.csv" } }, "Maria Santos recorded ACC-000123 as connected at NAP-12 port 3 (imported from ports.csv)"],
  ["subscription.create", "subscription", SUB, { after: { customerId: JUAN, plan: "Fiber 50", startDate: "2026-01-05" } }, "Maria Santos added a Fiber 50 line for Juan Dela Cruz", { "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["subscription.activate", "subscription", SUB, { before: { status: "pending" }, after: { status: "active", date: "2026-01-05" } }, "Maria Santos activated Juan Dela Cruz's line Fiber 50"],
  ["subscription.suspend", "subscription", SUB, { after: { status: "suspended", reason: "On request" } }, "Maria Santos suspended Juan Dela Cruz's line Fiber 50: On request"],
  ["subscription.resume", "subscription", SUB, { after: { status: "active" } }, "Maria Santos resumed Juan Dela Cruz's line Fiber 50"],
  ["subscription.cancel", "subscription", SUB, { before: { status: "active" }, after: { status: "cancelled", date: "2026-02-01", reason: "moved away" } }, "Maria Santos cancelled Juan Dela Cruz's line Fiber 50: moved away", { "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["subscription.change_plan", "subscription", SUB, { before: { plan: "Fiber 50" }, after: { plan: "Fiber 100", date: "2026-01-20" } }, "Maria Santos moved Juan Dela Cruz's line from Fiber 50 to Fiber 100 from Jan 20, 2026"],
  ["subscription.reconnect_requested", "subscription", SUB, { after: { date: "2026-02-20" } }, "Maria Santos asked for Juan Dela Cruz's line Fiber 50 to be reconnected"],
  ["subscription.billed_elsewhere", "subscription", SUB, { after: { billedElsewhereUntil: "2026-11-30", why: "…" } }, "Maria Santos took Juan Dela Cruz's line Fiber 50 as billed by a previous system until Nov 30, 2026"],
  ["user.create", "user", USER, { after: { name: "Pedro Penduko", email: "p@x.test", role: "Cashier" } }, "Maria Santos added Pedro Penduko to the staff as Cashier", { "Pedro Penduko": "/settings/staff" }],
  ["user.sign_out_everywhere", "user", USER, {}, "Maria Santos signed out of all devices"],
  ["user.deactivate", "user", USER, { before: { active: true }, after: { active: false } }, "Maria Santos deactivated Pedro Penduko's account"],
  ["user.reactivate", "user", USER, { before: { active: false }, after: { active: true } }, "Maria Santos reactivated Pedro Penduko's account"],
  ["user.password_change", "user", USER, { after: { replacedTemporary: false } }, "Maria Santos changed their password"],
  ["user.password_change", "user", USER, { after: { replacedTemporary: true } }, "Maria Santos replaced their temporary password with one of their own"],
  ["user.password_reset", "user", USER, { after: { mustChangePassword: true } }, "Maria Santos reset Pedro Penduko's password to a temporary one, to be changed at their next sign-in", { "Pedro Penduko": "/settings/staff" }],
  ["user.password_reset_by_link", "user", USER, {}, "Maria Santos set a new password with an emailed reset link"],
  ["user.password_reset_requested", "user", USER, {}, "Maria Santos emailed a password reset link to Pedro Penduko, as asked on the sign-in page"],
  ["user.role_change", "user", USER, { before: { role: "Cashier" }, after: { role: "Support" } }, "Maria Santos changed Pedro Penduko's role from Cashier to Support"],
  ["role.create", "role", ROLE, { after: { name: "Collector", permissions: ["payments.view"] } }, "Maria Santos created the role Collector", { Collector: `/settings/roles/${ROLE}` }],
  ["role.update", "role", ROLE, { before: { permissions: ["payments.view"], landingPath: null }, after: { permissions: ["payments.create", "payments.view"], landingPath: "/payments" } }, "Maria Santos changed the role Collector: permissions: allowed Post payments, landing page Dashboard → Payments"],
  ["role.delete", "role", "gone", { before: { name: "Collector" } }, "Maria Santos deleted the role Collector"],
  ["billing_settings.update", "settings", "billing", { before: { dueDays: 7, lateFeeAmount: 0, tin: "" }, after: { dueDays: 10, lateFeeAmount: 5000, tin: "123-456-789-000" } }, "Maria Santos changed the billing settings: days to pay 7 → 10, late fee amount ₱0.00 → ₱50.00, TIN none → 123-456-789-000", { "changed the billing settings": "/settings/billing" }],
  ["billing_settings.update", "settings", "billing", { before: { a: 1, b: 2, c: 3, vatRateBp: 1200 }, after: { a: 2, b: 3, c: 4, vatRateBp: 1000 } }, "Maria Santos changed the billing settings: a 1 → 2, b 2 → 3, c 3 → 4, and 1 more"],
  ["settings.account_prefix", "settings", "customer-series", { before: { prefix: "ACC" }, after: { prefix: "BFI" } }, "Maria Santos changed the account number prefix from ACC to BFI"],
  ["notification_settings.update", "settings", "notifications", { before: { smsEnabled: true }, after: { smsEnabled: false } }, "Maria Santos changed the notification settings: SMS on → off"],
  ["notification_template.update", "notification_template", "due_reminder", { before: { body: "a" }, after: { body: "b" } }, "Maria Santos changed the wording of the “Due-date reminder” message"],
  ["billing.run", "billing_run", RUN, { after: { runDate: "2026-02-01", invoices: 290, total: 37671000, first: "INV-000001", last: "INV-000290" } }, "Maria Santos ran billing for Feb 1, 2026: 290 invoices, ₱376,710.00 (INV-000001 to INV-000290)", { "Feb 1, 2026": `/billing/runs/${RUN}` }],
  ["billing.late_fees", "job", null, { after: { date: "2026-02-20", invoices: 12, total: "₱600.00" } }, "Maria Santos charged late fees on 12 invoices, ₱600.00"],
  ["invoice.void", "invoice", INV, { before: { status: "open" }, after: { status: "void", number: "INV-000123", total: "₱1,299.00", reason: "Billed twice" } }, "Maria Santos voided invoice INV-000123 (₱1,299.00) of Juan Dela Cruz: Billed twice", { "INV-000123": `/billing/invoices/${INV}` }],
  ["payment.post", "payment", PAY, { after: { receiptNumber: "OR-000045", amount: "₱1,299.00", method: "gcash", paidOn: "2026-01-06" } }, "Maria Santos received ₱1,299.00 from Juan Dela Cruz by GCash, receipt OR-000045", { "OR-000045": `/payments/${PAY}`, "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["payment.void", "payment", PAY, { before: { status: "posted" }, after: { status: "void", reason: "Wrong account", receiptNumber: "OR-000045" } }, "Maria Santos voided receipt OR-000045 of Juan Dela Cruz: Wrong account"],
  ["billing_run.batch_pdf", "billing_run", RUN, { after: { runDate: "2026-02-01", invoices: 1106 } }, "Maria Santos prepared the batch PDF (1,106 invoices) of the billing run of Feb 1, 2026", { "billing run of Feb 1, 2026": `/billing/runs/${RUN}` }],
  ["invoice.send", "invoice", INV, { after: { number: "INV-000123", customerId: JUAN, channels: ["sms", "email"] } }, "Maria Santos sent invoice INV-000123 to Juan Dela Cruz by SMS and email", { "INV-000123": `/billing/invoices/${INV}`, "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["payment.send_receipt", "payment", PAY, { after: { number: "OR-000045", customerId: JUAN, channels: ["sms"] } }, "Maria Santos sent receipt OR-000045 to Juan Dela Cruz by SMS", { "OR-000045": `/payments/${PAY}` }],
  ["adjustment.charge", "adjustment", "adj", { after: { customerId: JUAN, amount: "₱250.00", reason: "Router replacement" } }, "Maria Santos added a charge of ₱250.00 to Juan Dela Cruz's account: Router replacement", { "Juan Dela Cruz": `/customers/${JUAN}` }],
  ["adjustment.credit", "adjustment", "adj", { after: { customerId: JUAN, amount: "₱100.00", reason: "Outage" } }, "Maria Santos gave a credit of ₱100.00 to Juan Dela Cruz's account: Outage"],
  ["work_item.disconnect_done", "work_item", WORK, { after: { date: "2026-02-20", note: "" } }, "Maria Santos disconnected Juan Dela Cruz's line"],
  ["work_item.reconnect_done", "work_item", WORK, { after: { date: "2026-02-21", note: "Splice redone" } }, "Maria Santos reconnected Juan Dela Cruz's line: Splice redone"],
  ["outbox_message.retry", "outbox_message", MSG, { before: { status: "failed" }, after: { status: "queued" } }, "Maria Santos queued a message to Juan Dela Cruz again"],
  ["outbox.send_now", "outbox", null, {}, "Maria Santos sent the due messages now"],
  ["job.daily_run", "job_run", RUN, { after: { runDate: "2026-02-20", summary: {} } }, "Maria Santos ran the daily schedule for Feb 20, 2026"],
  ["job.daily_run_failed", "job_run", null, { after: { runDate: "2026-02-20" } }, "Maria Santos started the daily schedule for Feb 20, 2026, and it failed"],
];

const row = (action: string, entityType: string, entityId: string | null, changes: AuditRowView["changes"]): AuditRowView => ({
  action,
  entityType,
  entityId,
  changes,
  actorName: "Maria Santos",
});

describe("auditSentence", () => {
  it.each(CASES)("%s: %s", (action, entityType, entityId, changes, sentence, links) => {
    const parts = auditSentence(row(action, entityType, entityId, changes), names);
    expect(sentenceText(parts)).toBe(sentence);
    if (links) {
      const got = Object.fromEntries(parts.filter((p) => p.href).map((p) => [p.text, p.href]));
      for (const [text, href] of Object.entries(links)) expect(got[text], text).toBe(href);
      if (Object.keys(links).length === 0) expect(got).toEqual({});
    }
  });

  it("names a record that is gone by what the row kept, without a link", () => {
    const parts = auditSentence(row("subscription.cancel", "subscription", "cccccccc-cccc-4ccc-8ccc-cccccccccccc", { after: { reason: "moved" } }), names);
    expect(sentenceText(parts)).toBe("Maria Santos cancelled a customer's line: moved");
    expect(parts.some((p) => p.href)).toBe(false);
  });

  it("says who: the daily job, or FiberBill for other system work", () => {
    const base = row("billing.late_fees", "job", null, { after: { invoices: 1, total: "₱50.00" } });
    expect(sentenceText(auditSentence({ ...base, actorName: null, userAgent: "daily job" }))).toMatch(/^The daily schedule charged late fees/);
    expect(sentenceText(auditSentence({ ...base, actorName: null, userAgent: "fiberbill-seed" }))).toMatch(/^FiberBill charged late fees/);
  });

  it("an action no rule knows reads as its code in words", () => {
    expect(sentenceText(auditSentence(row("router.firmware_update", "router", "r1", {})))).toBe("Maria Santos firmware update (router)");
    expect(sentenceText(auditSentence(row("subscription.hibernate", "subscription", SUB, {})))).toBe("Maria Santos hibernate (subscription)");
  });

  it("every case above is an action with its own sentence", () => {
    for (const [action] of CASES) expect(KNOWN_ACTIONS, action).toContain(action);
  });
});

/** Actions written with a computed name: every value they can take. */
const COMPUTED_ACTIONS = [
  "plan.archive",
  "plan.unarchive",
  "user.reactivate",
  "user.deactivate",
  "adjustment.charge",
  "adjustment.credit",
  "invoice.send",
  "payment.send_receipt",
  "work_item.disconnect_done",
  "work_item.reconnect_done",
  "subscription.activate",
  "subscription.suspend",
  "subscription.resume",
  "subscription.cancel",
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.ts$/.test(name) ? [full] : [];
  });
}

describe("coverage of the actions the code writes", () => {
  const root = path.resolve(import.meta.dirname, "../..");
  const written = new Set<string>();
  for (const dir of ["lib", "app", "db"]) {
    for (const file of sourceFiles(path.join(root, dir))) {
      for (const m of readFileSync(file, "utf8").matchAll(/\baction: "([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]!);
    }
  }

  it("finds the literal actions in the source", () => {
    expect(written.size).toBeGreaterThan(25);
    expect(written).toContain("payment.post");
  });

  it.each([...written].sort())("%s has a sentence", (action) => {
    expect(KNOWN_ACTIONS).toContain(action);
  });

  it.each(COMPUTED_ACTIONS)("%s (computed) has a sentence", (action) => {
    expect(KNOWN_ACTIONS).toContain(action);
  });
});
