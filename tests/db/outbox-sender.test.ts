import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { requeueMessage } from "@/db/queries/outbox";
import { withTenantOn } from "@/db/with-tenant";
import type { EmailMessage, Providers } from "@/lib/notify/providers";
import { semaphoreSms } from "@/lib/notify/providers/semaphore";
import { loadNotifyConfig, queueMessages, type MessageRequest } from "@/lib/notify/queue";
import { deliverDueMessages, MAX_ATTEMPTS, retryDelayMs } from "@/lib/notify/sender";
import { backends, type TestDatabase } from "../support/databases";
import { rows } from "../support/sql";
import { addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

/** What the stub answers to one request: an HTTP status and a body, after an optional delay. */
type Answer = { status: number; body: string; delayMs?: number };
type Received = { apikey: string; number: string; message: string; sendername: string | null };

/**
 * A local HTTP server standing in for Semaphore's send endpoint. `answer` is
 * asked for each request; every request is recorded, and the ones answered
 * with a success are the messages that "reached a phone".
 */
async function smsStub(answer: (call: number) => Answer) {
  const requests: Received[] = [];
  const delivered: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let raw = "";
    req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
    req.on("end", () => {
      const form = new URLSearchParams(raw);
      const got = { apikey: form.get("apikey") ?? "", number: form.get("number") ?? "", message: form.get("message") ?? "", sendername: form.get("sendername") };
      requests.push(got);
      const a = answer(requests.length);
      setTimeout(() => {
        if (a.status >= 200 && a.status < 300 && a.body.includes("message_id")) delivered.push(got);
        res.writeHead(a.status, { "content-type": "application/json" });
        res.end(a.body);
      }, a.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4/messages`;
  return {
    url,
    requests,
    delivered,
    providers: (email: Providers["email"] = null): Providers => ({ sms: semaphoreSms({ apiKey: "test-api-key", senderName: "FIBERBILL", url, timeoutMs: 1_000 }), email }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const ok = (id: number): Answer => ({ status: 200, body: JSON.stringify([{ message_id: id, recipient: "639171234567", status: "Pending" }]) });
const MINUTE = 60_000;

type OutboxRow = { id: string; channel: string; status: string; attempts: number; last_error: string | null; provider_ref: string | null; sent_at: unknown; next_attempt_at: unknown };

describe.each(backends)("outbox sender on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let demo: TestTenant;
  let customerA: string;
  let stubs: { close: () => Promise<void> }[] = [];

  const stub = async (answer: (call: number) => Answer) => {
    const s = await smsStub(answer);
    stubs.push(s);
    return s;
  };

  /** A message request for tenant A's fixture customer; each reason + key is one message per channel. */
  const request = (dedupeKey: string, to: MessageRequest["to"] = { customerId: customerA, mobile: "+639171234567" }): MessageRequest => ({
    key: "due_reminder",
    to,
    vars: { name: "Juan", account_no: "ACC-000001", amount: "PHP 1,299.00", due_date: "Dec 5, 2026" },
    dedupeKey,
  });
  const queue = (t: TestTenant, requests: MessageRequest[]) =>
    withTenantOn(db.app, t.tenantId, async (tx) => queueMessages(tx, t.tenantId, await loadNotifyConfig(tx, t.tenantId), requests));
  const outbox = (t: TestTenant, dedupeKey?: string) =>
    withTenantOn(db.app, t.tenantId, (tx) =>
      rows<OutboxRow>(
        tx,
        sql`select id, channel, status, attempts, last_error, provider_ref, sent_at, next_attempt_at from outbox_messages
             where ${dedupeKey ? sql`dedupe_key = ${dedupeKey}` : sql`true`} order by created_at, channel`,
      ),
    );
  const later = (base: Date, ms: number) => new Date(base.getTime() + ms);

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "outbox-alpha");
    b = await signUp(db.app, "outbox-bravo");
    demo = await signUp(db.app, "demo");
    customerA = (await addSubscriberFixtures(db.app, a)).customerId;
  });
  afterEach(async () => {
    await Promise.all(stubs.map((s) => s.close()));
    stubs = [];
  });
  afterAll(async () => db?.drop());

  it("queues a message once per channel however often the same dedupe key is queued", async () => {
    const both = request("due_reminder:inv-dedupe", { customerId: customerA, mobile: "+639171234567", email: "juan@example.ph" });
    expect(await queue(a, [both])).toBe(2);
    expect(await queue(a, [both, both])).toBe(0);
    const queued = await outbox(a, "due_reminder:inv-dedupe");
    expect(queued.map((r) => [r.channel, r.status, r.attempts])).toEqual([
      ["email", "queued", 0],
      ["sms", "queued", 0],
    ]);
    // Deliver them (SMS through a stub, email through an in-test provider) so later tests start from an empty queue.
    const s = await stub((n) => ok(n));
    const mails: EmailMessage[] = [];
    const counts = await deliverDueMessages(db.app, a.tenantId, { providers: s.providers({ name: "test mail", send: async (m) => (mails.push(m), { ref: "mail-1" }) }) });
    expect(counts).toEqual({ sent: 2, logged: 0, retried: 0, failed: 0 });
    expect(mails).toEqual([{ to: "juan@example.ph", subject: "outbox-alpha Fiber: bill due Dec 5, 2026", text: expect.stringContaining("Hi Juan") }]);
    expect(s.delivered).toHaveLength(1);
  });

  it("retries a failing SMS provider with backoff until it succeeds, and sends the message exactly once", async () => {
    // Down (HTTP 500), then a validation answer with HTTP 200, then too slow, then up.
    const s = await stub((n) =>
      n === 1
        ? { status: 500, body: "upstream unavailable" }
        : n === 2
          ? { status: 200, body: JSON.stringify({ sendername: ["The selected sendername is invalid."] }) }
          : n === 3
            ? { ...ok(3), delayMs: 1_500 }
            : ok(n),
    );
    await queue(a, [request("due_reminder:inv-retry")]);
    const t0 = new Date();
    const providers = s.providers();

    expect(await deliverDueMessages(db.app, a.tenantId, { now: t0, providers })).toEqual({ sent: 0, logged: 0, retried: 1, failed: 0 });
    let [row] = await outbox(a, "due_reminder:inv-retry");
    expect(row).toMatchObject({ status: "queued", attempts: 1, last_error: "SMS provider answered HTTP 500: upstream unavailable", sent_at: null });
    expect(new Date(String(row!.next_attempt_at)).getTime()).toBe(t0.getTime() + retryDelayMs(1));

    // Not due yet: the backoff holds it back.
    expect(await deliverDueMessages(db.app, a.tenantId, { now: later(t0, 30_000), providers })).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 });
    expect(s.requests).toHaveLength(1);

    const t1 = later(t0, retryDelayMs(1));
    expect((await deliverDueMessages(db.app, a.tenantId, { now: t1, providers })).retried).toBe(1);
    [row] = await outbox(a, "due_reminder:inv-retry");
    expect(row).toMatchObject({ attempts: 2, last_error: "SMS provider refused the message: sendername: The selected sendername is invalid." });

    const t2 = later(t1, retryDelayMs(2));
    expect((await deliverDueMessages(db.app, a.tenantId, { now: t2, providers })).retried).toBe(1);
    [row] = await outbox(a, "due_reminder:inv-retry");
    expect(row).toMatchObject({ attempts: 3, last_error: expect.stringMatching(/did not answer within 1 s/) });

    const t3 = later(t2, retryDelayMs(3));
    expect(await deliverDueMessages(db.app, a.tenantId, { now: t3, providers })).toEqual({ sent: 1, logged: 0, retried: 0, failed: 0 });
    [row] = await outbox(a, "due_reminder:inv-retry");
    expect(row).toMatchObject({ status: "sent", attempts: 4, last_error: null, provider_ref: "4" });
    expect(new Date(String(row!.sent_at)).getTime()).toBe(t3.getTime());

    // The timed-out request may have reached the stub; the one the sender counted is the fourth, and no run sends it again.
    expect(await deliverDueMessages(db.app, a.tenantId, { now: later(t3, 60 * MINUTE), providers })).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 });
    expect(s.requests).toHaveLength(4);
    expect(s.requests[3]).toEqual({
      apikey: "test-api-key",
      number: "639171234567",
      message: "Hi Juan, a reminder from outbox-alpha Fiber: your balance of PHP 1,299.00 for account ACC-000001 is due on Dec 5, 2026.",
      sendername: "FIBERBILL",
    });
  });

  it("lets concurrent senders share the queue without sending any message twice", async () => {
    const s = await stub((n) => ({ ...ok(n), delayMs: 20 }));
    const keys = Array.from({ length: 8 }, (_, i) => `due_reminder:inv-concurrent-${i}`);
    await queue(a, keys.map((k) => request(k)));
    const providers = s.providers();
    const now = new Date();
    const runs = await Promise.all([1, 2, 3].map(() => deliverDueMessages(db.app, a.tenantId, { now, providers, limit: 3 })));
    const again = await deliverDueMessages(db.app, a.tenantId, { now, providers });
    const sent = runs.reduce((n, r) => n + r.sent, 0) + again.sent;
    expect(sent).toBe(8);
    expect(s.requests).toHaveLength(8);
    expect(await deliverDueMessages(db.app, a.tenantId, { now: later(now, 60 * MINUTE), providers })).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 });
    expect(s.delivered).toHaveLength(8);
    for (const key of keys) expect((await outbox(a, key))[0]).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("keeps messages as logged when no provider is configured", async () => {
    const both = request("due_reminder:inv-no-provider", { customerId: customerA, mobile: "+639171234567", email: "juan@example.ph" });
    await queue(a, [both]);
    const counts = await deliverDueMessages(db.app, a.tenantId, { providers: { sms: null, email: null } });
    expect(counts).toEqual({ sent: 0, logged: 2, retried: 0, failed: 0 });
    const logged = await outbox(a, "due_reminder:inv-no-provider");
    expect(logged.map((r) => [r.channel, r.status, r.attempts, r.last_error])).toEqual([
      ["email", "logged", 1, null],
      ["sms", "logged", 1, null],
    ]);
    expect(logged.every((r) => r.sent_at !== null)).toBe(true);
  });

  it("never calls a provider for the demo workspace, however it is configured", async () => {
    const s = await stub((n) => ok(n));
    await queue(demo, [request("due_reminder:demo-1", { mobile: "+639170000001" }), request("due_reminder:demo-2", { mobile: "+639170000002" })]);
    expect(await deliverDueMessages(db.app, demo.tenantId, { providers: s.providers() })).toEqual({ sent: 0, logged: 2, retried: 0, failed: 0 });
    expect(s.requests).toHaveLength(0);
    expect((await outbox(demo)).map((r) => r.status)).toEqual(["logged", "logged"]);
  });

  it("gives up after the maximum attempts, and the retry button requeues the message for one more try", async () => {
    let up = false;
    const s = await stub((n) => (up ? ok(n) : { status: 503, body: "maintenance" }));
    await queue(a, [request("due_reminder:inv-gives-up")]);
    const providers = s.providers();
    let now = new Date();
    const outcomes: string[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const c = await deliverDueMessages(db.app, a.tenantId, { now, providers });
      outcomes.push(c.failed ? "failed" : c.retried ? "retried" : "none");
      now = later(now, retryDelayMs(attempt));
    }
    expect(outcomes).toEqual([...Array<string>(MAX_ATTEMPTS - 1).fill("retried"), "failed"]);
    let [row] = await outbox(a, "due_reminder:inv-gives-up");
    expect(row).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS, last_error: "SMS provider answered HTTP 503: maintenance" });
    // Failed stays failed: no further run picks it up.
    expect(await deliverDueMessages(db.app, a.tenantId, { now: later(now, 24 * 60 * MINUTE), providers })).toEqual({ sent: 0, logged: 0, retried: 0, failed: 0 });
    expect(s.requests).toHaveLength(MAX_ATTEMPTS);

    const retryAt = later(now, 25 * 60 * MINUTE);
    const requeued = await withTenantOn(db.app, a.tenantId, (tx) => requeueMessage(tx, { id: row!.id, now: retryAt }));
    expect(requeued).toEqual({ id: row!.id, status: "failed", attempts: MAX_ATTEMPTS });
    up = true;
    expect(await deliverDueMessages(db.app, a.tenantId, { now: retryAt, providers })).toEqual({ sent: 1, logged: 0, retried: 0, failed: 0 });
    [row] = await outbox(a, "due_reminder:inv-gives-up");
    expect(row).toMatchObject({ status: "sent", attempts: MAX_ATTEMPTS + 1 });
    expect(s.delivered).toHaveLength(1);

    // A sent message cannot be requeued: the retry button never sends twice.
    expect(await withTenantOn(db.app, a.tenantId, (tx) => requeueMessage(tx, { id: row!.id, now: retryAt }))).toBeNull();
  });

  it("requeues a message waiting out its backoff, but not one a sender is working on", async () => {
    const s = await stub(() => ({ status: 500, body: "down" }));
    await queue(a, [request("due_reminder:inv-backoff")]);
    const now = new Date();
    await deliverDueMessages(db.app, a.tenantId, { now, providers: s.providers() });
    const [waiting] = await outbox(a, "due_reminder:inv-backoff");
    expect(waiting).toMatchObject({ status: "queued", attempts: 1 });

    // A claim in flight: what the sender's first transaction leaves behind (error cleared, lease set).
    await withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`update outbox_messages set last_error = null, attempts = 2 where id = ${waiting!.id}`));
    expect(await withTenantOn(db.app, a.tenantId, (tx) => requeueMessage(tx, { id: waiting!.id, now }))).toBeNull();

    await withTenantOn(db.app, a.tenantId, (tx) => tx.execute(sql`update outbox_messages set last_error = 'down', attempts = 1 where id = ${waiting!.id}`));
    expect(await withTenantOn(db.app, a.tenantId, (tx) => requeueMessage(tx, { id: waiting!.id, now }))).toMatchObject({ status: "queued" });
    const [due] = await outbox(a, "due_reminder:inv-backoff");
    expect(new Date(String(due!.next_attempt_at)).getTime()).toBe(now.getTime());
  });

  it("delivers only the given tenant's messages", async () => {
    const s = await stub((n) => ok(n));
    await queue(b, [request("due_reminder:bravo-1", { mobile: "+639179999999" })]);
    await deliverDueMessages(db.app, a.tenantId, { providers: s.providers(), now: later(new Date(), 24 * 60 * MINUTE) });
    expect(s.requests.filter((r) => r.number === "639179999999")).toHaveLength(0);
    expect((await outbox(b)).map((r) => r.status)).toEqual(["queued"]);
    expect(await deliverDueMessages(db.app, b.tenantId, { providers: s.providers() })).toMatchObject({ sent: 1 });
    expect(s.requests.filter((r) => r.number === "639179999999")).toHaveLength(1);
  });
});
