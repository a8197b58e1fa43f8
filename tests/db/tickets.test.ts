import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { NotFoundError, UserFacingError } from "@/lib/errors";
import { ticketCategoryOptions, DEFAULT_TICKET_CATEGORIES } from "@/lib/tickets/categories";
import { openTicket } from "@/lib/tickets/open";
import { saveTicketSettings } from "@/lib/tickets/settings";
import { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_TARGETS, dueTimes } from "@/lib/tickets/sla";
import { backends, type TestDatabase } from "../support/databases";
import { assignTicketAction, addTicketNoteAction, changeTicketStatusAction } from "@/app/(tenant)/t/[tenant]/(app)/tickets/actions";
import { form, requestAs } from "../support/actions";
import { actingAs, addStaff, addSubscriberFixtures, addTicketFixtures, signUp, type TestTenant } from "../support/tenants";

// A Friday afternoon in Manila: the SLA clock runs into Saturday's hours.
const NOW = new Date("2026-12-04T15:30:00+08:00");

/** Opening tickets: gapless numbers under concurrency, due times from the tenant's SLA, the tenant wall. */
describe.each(backends)("tickets on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let customerA: string;
  let customerB: string;
  let lineB: string;
  const inTenant = <T>(t: TestTenant, fn: (tx: Tx) => Promise<T>) => withTenantOn(db.app, t.tenantId, fn);
  const categoryOf = async (t: TestTenant) => (await inTenant(t, (tx) => ticketCategoryOptions(tx, t.tenantId)))[0]!.id;
  const openAs = (t: TestTenant, input: Parameters<typeof openTicket>[2]) =>
    inTenant(t, (tx) => openTicket({ ...actingAs(tx, t), userId: t.ownerId, now: NOW }, t.tenantId, input));

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "tick-alpha");
    b = await signUp(db.app, "tick-bravo");
    customerA = (await addSubscriberFixtures(db.app, a)).customerId;
    const fixturesB = await addSubscriberFixtures(db.app, b);
    customerB = fixturesB.customerId;
    lineB = fixturesB.subscriptionId;
  });
  afterAll(async () => db?.drop());

  it("starts each tenant with the default categories, once", async () => {
    const names = async () => (await inTenant(a, (tx) => ticketCategoryOptions(tx, a.tenantId))).map((c) => c.name);
    expect(await names()).toEqual([...DEFAULT_TICKET_CATEGORIES]);
    expect(await names()).toEqual([...DEFAULT_TICKET_CATEGORIES]);
  });

  it("numbers tickets gaplessly even when two are opened at once, and dates them from the SLA", async () => {
    const categoryId = await categoryOf(a);
    const opened = await Promise.all(
      ["No connection", "Slow at night", "Red LOS light"].map((subject) => openAs(a, { customerId: customerA, categoryId, priority: "urgent", subject })),
    );
    expect(opened.map((t) => t.number).sort()).toEqual(["TCK-000001", "TCK-000002", "TCK-000003"]);
    const rows = await inTenant(a, async (tx) =>
      rowsOf<{ first: Date; resolution: Date; events: number }>(
        await tx.execute(sql`select first_response_due_at as first, resolution_due_at as resolution,
          (select count(*)::int from ticket_events e where e.ticket_id = t.id and e.kind = 'created') as events
          from tickets t where t.id = ${opened[0]!.id}`),
      ),
    );
    const due = dueTimes(NOW, "urgent", DEFAULT_SLA_TARGETS, DEFAULT_BUSINESS_HOURS);
    expect(new Date(rows[0]!.first).toISOString()).toBe(due.firstResponseDueAt.toISOString());
    expect(new Date(rows[0]!.resolution).toISOString()).toBe(due.resolutionDueAt.toISOString());
    expect(rows[0]!.events).toBe(1);
  });

  it("uses the tenant's own SLA settings once it has them", async () => {
    const slow = { ...DEFAULT_SLA_TARGETS, normal: { firstResponseHours: 9, resolutionHours: 18 } };
    await inTenant(b, (tx) => saveTicketSettings({ ...actingAs(tx, b) }, b.tenantId, { businessHours: DEFAULT_BUSINESS_HOURS, slaTargets: slow }));
    const t = await openAs(b, { customerId: customerB, subscriptionId: lineB, categoryId: await categoryOf(b), priority: "normal", subject: "Slow" });
    const [row] = await inTenant(b, async (tx) => rowsOf<{ resolution: Date }>(await tx.execute(sql`select resolution_due_at as resolution from tickets where id = ${t.id}`)));
    expect(new Date(row!.resolution).toISOString()).toBe(dueTimes(NOW, "normal", slow, DEFAULT_BUSINESS_HOURS).resolutionDueAt.toISOString());
    expect(t.number).toBe("TCK-000001");
  });

  it("refuses another tenant's customer, line or category, and takes no number doing so", async () => {
    const categoryA = await categoryOf(a);
    await expect(openAs(a, { customerId: customerB, categoryId: categoryA, priority: "normal", subject: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(openAs(a, { customerId: customerA, subscriptionId: lineB, categoryId: categoryA, priority: "normal", subject: "x" })).rejects.toBeInstanceOf(UserFacingError);
    await expect(openAs(a, { customerId: customerA, categoryId: await categoryOf(b), priority: "normal", subject: "x" })).rejects.toBeInstanceOf(UserFacingError);
    const next = await openAs(a, { customerId: customerA, categoryId: categoryA, priority: "low", subject: "Billing question" });
    expect(next.number).toBe("TCK-000004");
  });
});

/** The timeline and the actions chain: notes, status with a resolution code, assignment, permissions and the tenant wall. */
describe.each(backends)("ticket actions on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let cashier: string;
  let ticketA: string;
  let ticketB: string;
  const events = (t: TestTenant, id: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ kind: string; body: string }>(await tx.execute(sql`select kind, body from ticket_events where ticket_id = ${id} order by created_at, kind`)));
  const ticketRow = (t: TestTenant, id: string) =>
    withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ status: string; resolution_code: string | null; first_responded_at: Date | null; assignee_id: string | null }>(await tx.execute(sql`select status, resolution_code, first_responded_at, assignee_id from tickets where id = ${id}`))[0]);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "tact-alpha");
    b = await signUp(db.app, "tact-bravo");
    cashier = await addStaff(db.app, a, "cashier@tact-alpha.test", "Cashier");
    ticketA = (await addTicketFixtures(db.app, a, (await addSubscriberFixtures(db.app, a)).customerId)).ticketId;
    ticketB = (await addTicketFixtures(db.app, b, (await addSubscriberFixtures(db.app, b)).customerId)).ticketId;
  });
  afterAll(async () => db?.drop());

  it("adds a note (the first response), refuses a close without a resolution code, closes with one, and reassigns, each on the timeline", async () => {
    const as = await requestAs(db.app, a, a.ownerId);
    expect(await addTicketNoteAction.runWith(as, form({ id: ticketA, body: "Called: red LOS light, needs a visit." }))).toMatchObject({ ok: true });
    expect(await ticketRow(a, ticketA)).toMatchObject({ status: "open", first_responded_at: expect.anything() });
    expect(await changeTicketStatusAction.runWith(as, form({ id: ticketA, status: "closed" }))).toMatchObject({ ok: false, fieldErrors: { resolutionCode: ["Choose how it was resolved."] } });
    expect(await assignTicketAction.runWith(as, form({ id: ticketA, assigneeId: a.ownerId }))).toMatchObject({ ok: true });
    expect(await changeTicketStatusAction.runWith(as, form({ id: ticketA, status: "closed", resolutionCode: "Plant repaired" }))).toMatchObject({ ok: true });
    expect(await ticketRow(a, ticketA)).toMatchObject({ status: "closed", resolution_code: "Plant repaired", assignee_id: a.ownerId });
    expect((await events(a, ticketA)).map((e) => e.kind)).toEqual(["created", "note", "assign", "status"]);
    expect(await addTicketNoteAction.runWith(as, form({ id: ticketA, body: "late" }))).toMatchObject({ ok: false, error: "This ticket is closed. Reopen it to add to it." });
  });

  it("refuses a user without tickets.manage, and another tenant's ticket is not found and unchanged", async () => {
    const asCashier = await requestAs(db.app, a, cashier);
    expect(await addTicketNoteAction.runWith(asCashier, form({ id: ticketA, body: "x" }))).toMatchObject({ ok: false });
    const as = await requestAs(db.app, a, a.ownerId);
    expect(await changeTicketStatusAction.runWith(as, form({ id: ticketB, status: "resolved" }))).toMatchObject({ ok: false, error: "That ticket was not found." });
    expect(await ticketRow(b, ticketB)).toMatchObject({ status: "new" });
    expect((await events(b, ticketB)).map((e) => e.kind)).toEqual(["created"]);
  });
});
