import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryMessageAction, sendNowAction } from "@/app/(tenant)/t/[tenant]/(app)/notifications/actions";
import { saveNotificationSettingsAction, saveTemplateAction } from "@/app/(tenant)/t/[tenant]/(app)/settings/notifications/actions";
import { withTenantOn } from "@/db/with-tenant";
import { loadNotifyConfig, queueMessages } from "@/lib/notify/queue";
import { templateDefinition } from "@/lib/notify/templates";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { rows } from "../support/sql";
import { addStaff, signUp, type TestTenant } from "../support/tenants";

const CHANNELS = { smsEnabled: "on", reminderDaysBefore: "5" };
const WORDING = {
  key: "due_reminder",
  subject: "{tenant_name}: pay by {due_date}",
  body: "Hi {name}! Account {account_no} owes {amount}, due {due_date}. Salamat!",
  smsEnabled: "on",
  emailEnabled: "on",
};

type Audit = { action: string; entity_id: string | null; changes: { before?: Record<string, unknown>; after?: Record<string, unknown> } };

/** Settings > Notifications and the outbox buttons below Next.js: validation, permission, audit, tenant wall. */
describe.each(backends)("notification actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashierA: string;
  let supportA: string;

  const as = (t: TestTenant, userId: string) => requestAs(db.app, t, userId);
  const configOf = (t: TestTenant) => withTenantOn(db.app, t.tenantId, (tx) => loadNotifyConfig(tx, t.tenantId));
  const audits = (t: TestTenant, prefix: string) =>
    withTenantOn(db.app, t.tenantId, (tx) => rows<Audit>(tx, sql`select action, entity_id, changes from audit_log where action like ${`${prefix}%`} order by created_at, id`));
  const queueOne = (t: TestTenant, dedupeKey: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) => {
      const config = await loadNotifyConfig(tx, t.tenantId);
      await queueMessages(tx, t.tenantId, config, [{ key: "due_reminder", to: { mobile: "+639171234567" }, vars: { name: "Juan", amount: "PHP 1,299.00" }, dedupeKey }]);
      const [row] = await rows<{ id: string; body: string }>(tx, sql`select id, body from outbox_messages where dedupe_key = ${dedupeKey}`);
      return row!;
    });
  const statusOf = (t: TestTenant, id: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) => (await rows<{ status: string }>(tx, sql`select status from outbox_messages where id = ${id}`))[0]?.status);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "notify-alpha");
    b = await signUp(db.app, "notify-bravo");
    cashierA = await addStaff(db.app, a, "cashier@notify-alpha.test", "Cashier");
    supportA = await addStaff(db.app, a, "support@notify-alpha.test", "Support");
  });
  afterAll(async () => db?.drop());

  it("saves channels and the reminder lead time for the owner, with one audit row of what changed", async () => {
    const result = await saveNotificationSettingsAction.runWith(await as(a, a.ownerId), form(CHANNELS));
    expect(result).toMatchObject({ ok: true, data: { message: expect.stringMatching(/saved/) } });
    expect(await configOf(a)).toMatchObject({ smsEnabled: true, emailEnabled: false, reminderDaysBefore: 5 });
    const logged = await audits(a, "notification_settings.");
    expect(logged).toHaveLength(1);
    expect(logged[0]!.changes).toEqual({ before: { emailEnabled: true, reminderDaysBefore: 3 }, after: { emailEnabled: false, reminderDaysBefore: 5 } });

    // The same values again change nothing and write no audit row.
    expect(await saveNotificationSettingsAction.runWith(await as(a, a.ownerId), form(CHANNELS))).toMatchObject({ ok: true, data: { message: "Nothing changed." } });
    expect(await audits(a, "notification_settings.")).toHaveLength(1);
  });

  it("returns a field error for a reminder lead time out of range, and saves nothing", async () => {
    for (const days of ["31", "-1", "two", "2.5"]) {
      const result = await saveNotificationSettingsAction.runWith(await as(a, a.ownerId), form({ ...CHANNELS, emailEnabled: "on", reminderDaysBefore: days }));
      expect(result, days).toMatchObject({ ok: false, error: "Please correct the highlighted fields." });
      if (!result.ok) expect(Object.keys(result.fieldErrors), days).toEqual(["reminderDaysBefore"]);
    }
    expect(await configOf(a)).toMatchObject({ emailEnabled: false, reminderDaysBefore: 5 });
  });

  it("saves a message's wording, which the next queued message uses; messages already queued keep theirs", async () => {
    const before = await queueOne(a, "due_reminder:before-edit");
    const result = await saveTemplateAction.runWith(await as(a, a.ownerId), form({ ...WORDING, emailEnabled: undefined }));
    expect(result).toMatchObject({ ok: true, data: { message: "“Due-date reminder” saved. It applies to messages queued from now on." } });
    expect((await configOf(a)).templates.get("due_reminder")).toEqual({ subject: WORDING.subject, body: WORDING.body, smsEnabled: true, emailEnabled: false });

    const after = await queueOne(a, "due_reminder:after-edit");
    expect(after.body).toBe("Hi Juan! Account {account_no} owes PHP 1,299.00, due {due_date}. Salamat!");
    expect(before.body).toBe(templateDefinition("due_reminder").body.replace("{name}", "Juan").replace("{tenant_name}", "notify-alpha Fiber").replace("{amount}", "PHP 1,299.00"));

    const logged = await audits(a, "notification_template.");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ entity_id: "due_reminder" });
    expect(Object.keys(logged[0]!.changes.after!).sort()).toEqual(["body", "emailEnabled", "subject"]);
  });

  it("refuses a placeholder the message cannot fill and empty fields, next to the field", async () => {
    const result = await saveTemplateAction.runWith(await as(a, a.ownerId), form({ ...WORDING, subject: "  ", body: "Hi {nmae}, you owe {amount}. {invoices}" }));
    expect(result).toMatchObject({ ok: false, error: "Please correct the highlighted fields." });
    if (!result.ok) {
      expect(Object.keys(result.fieldErrors).sort()).toEqual(["body", "subject"]);
      expect(result.fieldErrors.body![0]).toBe("{nmae}, {invoices} are not placeholders this message can fill. Check the spelling against the list.");
      expect(result.fieldErrors.subject![0]).toBe("Enter the email subject.");
    }
    const unknownKey = await saveTemplateAction.runWith(await as(a, a.ownerId), form({ ...WORDING, key: "birthday" }));
    expect(unknownKey.ok).toBe(false);
    if (!unknownKey.ok) expect(Object.keys(unknownKey.fieldErrors)).toEqual(["key"]);
    expect((await configOf(a)).templates.get("due_reminder")?.body).toBe(WORDING.body);
  });

  it("refuses staff without notifications.manage, and changes nothing", async () => {
    for (const userId of [cashierA, supportA]) {
      expect(await saveNotificationSettingsAction.runWith(await as(a, userId), form({ ...CHANNELS, reminderDaysBefore: "9" }))).toEqual({
        ok: false,
        error: "You do not have permission to do that.",
        fieldErrors: {},
      });
      expect((await saveTemplateAction.runWith(await as(a, userId), form({ ...WORDING, body: "Pay now" }))).ok).toBe(false);
      expect((await sendNowAction.runWith(await as(a, userId), form({}))).ok).toBe(false);
    }
    expect(await configOf(a)).toMatchObject({ reminderDaysBefore: 5 });
    expect((await configOf(a)).templates.get("due_reminder")?.body).toBe(WORDING.body);
  });

  it("leaves another tenant's settings and wording untouched", async () => {
    const other = await configOf(b);
    expect(other).toMatchObject({ smsEnabled: true, emailEnabled: true, reminderDaysBefore: 3 });
    expect(other.templates.get("due_reminder")?.body).toBe(templateDefinition("due_reminder").body);
    expect(await audits(b, "notification_")).toHaveLength(0);
    // A session of tenant A replayed on tenant B's subdomain is refused before anything is read or written.
    const crossed = await saveTemplateAction.runWith(await requestAs(db.app, b, a.ownerId, a), form(WORDING));
    expect(crossed.ok).toBe(false);
    expect((await configOf(b)).templates.get("due_reminder")?.body).toBe(templateDefinition("due_reminder").body);
  });

  it("retries a failed message for the owner, refuses a sent one, and cannot see another tenant's", async () => {
    const failed = await queueOne(a, "due_reminder:failed");
    await withTenantOn(db.app, a.tenantId, (tx) =>
      tx.execute(sql`update outbox_messages set status = 'failed', attempts = 6, last_error = 'SMS provider answered HTTP 503' where id = ${failed.id}`),
    );
    const denied = await retryMessageAction.runWith(await as(a, supportA), form({ id: failed.id }));
    expect(denied).toMatchObject({ ok: false, error: "You do not have permission to do that." });
    expect(await statusOf(a, failed.id)).toBe("failed");

    expect(await retryMessageAction.runWith(await as(a, a.ownerId), form({ id: failed.id }))).toMatchObject({ ok: true });
    expect(await statusOf(a, failed.id)).toBe("queued");
    expect((await audits(a, "outbox_message.retry")).map((r) => [r.entity_id, r.changes])).toEqual([[failed.id, { before: { status: "failed" }, after: { status: "queued" } }]]);

    // Tenant B's owner cannot reach tenant A's message: it does not exist for them.
    await withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`update outbox_messages set status = 'failed' where id = ${failed.id}`));
    expect(await retryMessageAction.runWith(await as(b, b.ownerId), form({ id: failed.id }))).toMatchObject({ ok: false, error: expect.stringMatching(/nothing to retry/) });
    expect(await statusOf(a, failed.id)).toBe("failed");

    expect(await retryMessageAction.runWith(await as(a, a.ownerId), form({ id: "not-a-uuid" }))).toMatchObject({ ok: false, fieldErrors: { id: ["Pick a message to retry."] } });
  });

  it("sends now: with no provider configured the due messages are kept as logged, once", async () => {
    const result = await sendNowAction.runWith(await as(a, a.ownerId), form({}));
    // Due: the two reminders queued above (the failed one is not due).
    expect(result).toMatchObject({ ok: true, data: { message: "Done: 2 kept as logged.", counts: { sent: 0, logged: 2, retried: 0, failed: 0 } } });
    expect(await sendNowAction.runWith(await as(a, a.ownerId), form({}))).toMatchObject({ ok: true, data: { message: "No messages were due." } });
    expect(await audits(a, "outbox.send_now")).toHaveLength(2);
    // A retried message is due again and goes with the next "send now".
    const [failed] = await withTenantOn(db.app, a.tenantId, (tx) => rows<{ id: string }>(tx, sql`select id from outbox_messages where status = 'failed'`));
    await retryMessageAction.runWith(await as(a, a.ownerId), form({ id: failed!.id }));
    expect(await sendNowAction.runWith(await as(a, a.ownerId), form({}))).toMatchObject({ ok: true, data: { counts: { logged: 1 } } });
    expect(await statusOf(a, failed!.id)).toBe("logged");
  });
});
