import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { getBackgroundJob } from "@/db/queries/background-jobs";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { enqueueInProcess, inProcessQueueIdle } from "@/lib/background/in-process-queue";
import { invoiceBatchPdfWork } from "@/lib/background/invoice-batch-pdf";
import { JOB_FAILED, JOB_INTERRUPTED, queueBackgroundJob, runBackgroundJob } from "@/lib/background/jobs";
import { executeBillingRun } from "@/lib/billing/run";
import { backgroundRunThreshold } from "@/lib/billing/background-run";
import { NOTHING_TO_INVOICE } from "@/lib/validations/billing-run";
import { UserFacingError } from "@/lib/errors";
import { tenantDate } from "@/lib/time/format";
import { seedBulkCustomers } from "@/scripts/seed/bulk-customers";
import { backends, type TestDatabase } from "../support/databases";
import { form, requestAs } from "../support/actions";
import { pdfPages } from "../support/pdf-text";
import { actingAs, addBillingFixtures, addSubscriberFixtures, signUp, type TestTenant } from "../support/tenants";

const { prepareBatchPdfAction, runBillingAction } = await import("@/app/(tenant)/t/[tenant]/(app)/billing/actions");

/** A tenant with one billing run of `n` subscribers' invoices; returns the run's id. */
async function tenantWithRun(db: TestDatabase, slug: string): Promise<{ t: TestTenant; runId: string }> {
  const t = await signUp(db.app, slug);
  const { customerId } = await addSubscriberFixtures(db.app, t);
  await addBillingFixtures(db.app, t, customerId);
  const [run] = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from billing_runs order by created_at desc limit 1`)));
  return { t, runId: run!.id };
}

const jobOf = (db: TestDatabase, t: TestTenant, id: string) => withTenantOn(db.app, t.tenantId, (tx) => getBackgroundJob(tx, id));

describe.each(backends)("background jobs on $name", ({ open }) => {
  let db: TestDatabase;
  let a: { t: TestTenant; runId: string };
  let b: { t: TestTenant; runId: string };

  beforeAll(async () => {
    db = await open();
    a = await tenantWithRun(db, "jobs-alpha");
    b = await tenantWithRun(db, "jobs-bravo");
  });
  afterAll(async () => db?.drop());

  it("Prepare batch PDF queues one job per run, runs it in the background, and keeps the file for the run's staff", async () => {
    // The queue is busy with another job until `release`: this one waits its turn, as behind a long batch.
    let release = () => {};
    enqueueInProcess(() => new Promise<void>((resolve) => (release = resolve)));
    const first = await prepareBatchPdfAction.runWith(await requestAs(db.app, a.t, a.t.ownerId), form({ runId: a.runId }));
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.data).toMatchObject({ kind: "invoice_batch_pdf", queued: true, fileHref: null });
    expect(first.data.total).toBeGreaterThan(0);
    // A second press while it is being prepared shows the same job instead of rendering twice.
    const second = await prepareBatchPdfAction.runWith(await requestAs(db.app, a.t, a.t.ownerId), form({ runId: a.runId }));
    expect(second.ok && second.data.id).toBe(first.data.id);
    expect(second.ok && second.data.queued).toBe(false);
    expect((await jobOf(db, a.t, first.data.id))?.status).toBe("queued");

    release();
    await inProcessQueueIdle();
    const job = await jobOf(db, a.t, first.data.id);
    expect(job).toMatchObject({ status: "done", hasFile: true, error: null });
    expect(job!.done).toBe(job!.total);
    const file = await withTenantOn(db.app, a.t.tenantId, async (tx) => rowsOf<{ file: Buffer }>(await tx.execute(sql`select file from background_jobs where id = ${first.data.id}`))[0]!.file);
    const pages = await pdfPages(new Uint8Array(file));
    expect(pages).toHaveLength(job!.total);
    expect(pages[0]).toContain("₱");

    const audit = await withTenantOn(db.app, a.t.tenantId, async (tx) =>
      rowsOf<{ entity_id: string; changes: { after: { invoices: number } } }>(await tx.execute(sql`select entity_id, changes from audit_log where action = 'billing_run.batch_pdf'`)),
    );
    expect(audit).toEqual([{ entity_id: a.runId, changes: { after: expect.objectContaining({ invoices: job!.total }) } }]);
  });

  it("another tenant's run is not found and queues nothing; the other tenant cannot see the job", async () => {
    const before = await withTenantOn(db.app, b.t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from background_jobs`))[0]!.n);
    const result = await prepareBatchPdfAction.runWith(await requestAs(db.app, b.t, b.t.ownerId), form({ runId: a.runId }));
    expect(result).toMatchObject({ ok: false, error: "That billing run was not found." });
    const after = await withTenantOn(db.app, b.t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from background_jobs`))[0]!.n);
    expect(after).toBe(before);
    const [ofA] = await withTenantOn(db.app, a.t.tenantId, async (tx) => rowsOf<{ id: string }>(await tx.execute(sql`select id from background_jobs limit 1`)));
    expect(await jobOf(db, b.t, ofA!.id)).toBeNull();
  });

  it("a job is claimed once; an error ends it failed with a sentence, never a stack trace", async () => {
    const job = await withTenantOn(db.app, b.t.tenantId, (tx) => queueBackgroundJob(tx, b.t.tenantId, { kind: "invoice_batch_pdf", subjectId: b.runId, userId: b.t.ownerId }));
    let runs = 0;
    const crashing = async () => {
      runs++;
      throw new TypeError("Cannot read properties of undefined (reading 'x')");
    };
    expect(await runBackgroundJob(db.app, b.t.tenantId, job.id, crashing)).toBe("failed");
    // Redelivered: the job is no longer queued, so nothing runs again.
    expect(await runBackgroundJob(db.app, b.t.tenantId, job.id, crashing)).toBeNull();
    expect(runs).toBe(1);
    expect(await jobOf(db, b.t, job.id)).toMatchObject({ status: "failed", error: JOB_FAILED, hasFile: false });

    const refused = await withTenantOn(db.app, b.t.tenantId, (tx) => queueBackgroundJob(tx, b.t.tenantId, { kind: "invoice_batch_pdf", subjectId: b.runId, userId: b.t.ownerId }));
    const told = async () => {
      throw new UserFacingError("This billing run has no invoices to print.");
    };
    expect(await runBackgroundJob(db.app, b.t.tenantId, refused.id, told)).toBe("failed");
    expect(await jobOf(db, b.t, refused.id)).toMatchObject({ status: "failed", error: "This billing run has no invoices to print." });
  });

  it("a job whose runner died is failed once its lease runs out, and may be prepared again", async () => {
    const job = await withTenantOn(db.app, b.t.tenantId, (tx) => queueBackgroundJob(tx, b.t.tenantId, { kind: "invoice_batch_pdf", subjectId: b.runId, userId: b.t.ownerId }));
    await withTenantOn(db.app, b.t.tenantId, (tx) => tx.execute(sql`update background_jobs set status = 'running', lease_until = now() - interval '1 second' where id = ${job.id}`));
    const again = await prepareBatchPdfAction.runWith(await requestAs(db.app, b.t, b.t.ownerId), form({ runId: b.runId }));
    expect(again.ok && again.data.queued).toBe(true);
    expect(await jobOf(db, b.t, job.id)).toMatchObject({ status: "failed", error: JOB_INTERRUPTED });
    await inProcessQueueIdle();
    expect(again.ok && (await jobOf(db, b.t, again.data.id))?.status).toBe("done");
  });

  it("drops finished files after a week, keeping the job's record", async () => {
    const [old] = await withTenantOn(db.app, a.t.tenantId, async (tx) =>
      rowsOf<{ id: string }>(await tx.execute(sql`update background_jobs set finished_at = now() - interval '8 days' where file is not null returning id`)),
    );
    expect(old).toBeDefined();
    await withTenantOn(db.app, a.t.tenantId, (tx) => queueBackgroundJob(tx, a.t.tenantId, { kind: "invoice_batch_pdf", subjectId: a.runId, userId: a.t.ownerId }));
    expect(await jobOf(db, a.t, old!.id)).toMatchObject({ status: "done", hasFile: false, fileName: expect.any(String) });
  });

  it("answers a malformed run id next to the field", async () => {
    const bad = await prepareBatchPdfAction.runWith(await requestAs(db.app, a.t, a.t.ownerId), form({ runId: "not-a-uuid" }));
    expect(bad).toMatchObject({ ok: false, fieldErrors: { runId: ["Pick a billing run."] } });
  });
});

// The figure: a 1,000-invoice batch must not block the server. PostgreSQL only (the bulk seed needs it).
const onPostgres = backends.filter((x) => x.name === "postgres");
describe.runIf(onPostgres.length > 0)("a 1,000-invoice batch PDF renders in the background", () => {
  let db: TestDatabase;
  afterAll(async () => db?.drop());

  it("another request is answered while the batch renders, and the file has one page per invoice", { timeout: 240_000 }, async () => {
    db = await onPostgres[0]!.open();
    const seeded = await seedBulkCustomers(db, { slug: "jobs-bulk", name: "Jobs Bulk Fiber", count: 1_200 });
    const t: TestTenant = { tenantId: seeded.tenantId, ownerId: seeded.ownerId, slug: "jobs-bulk" };
    const runDate = tenantDate(new Date(), "Asia/Manila");
    const runId = await withTenantOn(db.app, t.tenantId, async (tx) => (await executeBillingRun({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, runDate)).runId!);
    const job = await withTenantOn(db.app, t.tenantId, async (tx) => {
      const [run] = rowsOf<{ n: number }>(await tx.execute(sql`select invoice_count as n from billing_runs where id = ${runId}`));
      return queueBackgroundJob(tx, t.tenantId, { kind: "invoice_batch_pdf", subjectId: runId, total: run!.n, userId: t.ownerId });
    });
    expect(job.total).toBeGreaterThanOrEqual(1_000);

    // A server in this process, like `next start` serving other users while the job runs on its thread.
    const server = http.createServer((_req, res) => res.end("pong"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const ping = () =>
      new Promise<string>((resolve, reject) => {
        http.get({ host: "127.0.0.1", port, path: "/" }, (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve(body));
        }).on("error", reject);
      });

    try {
      const running = runBackgroundJob(db.app, t.tenantId, job.id, invoiceBatchPdfWork(renderInvoicesPdf));
      // Wait until rendering is under way, then ask: the answer must come before the batch is done.
      let seen = await jobOf(db, t, job.id);
      while (seen && seen.done === 0 && seen.status !== "failed") {
        await new Promise((r) => setTimeout(r, 50));
        seen = await jobOf(db, t, job.id);
      }
      const answers: Array<{ body: string; done: number; status: string }> = [];
      for (let i = 0; i < 3; i++) {
        const body = await ping();
        const now = (await jobOf(db, t, job.id))!;
        answers.push({ body, done: now.done, status: now.status });
      }
      expect(await running).toBe("done");
      expect(answers[0]!.body).toBe("pong");
      // Answered while the job was still rendering, not after it.
      expect(answers.some((x) => x.status === "running" && x.done < job.total)).toBe(true);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }

    const done = (await jobOf(db, t, job.id))!;
    expect(done).toMatchObject({ status: "done", hasFile: true });
    expect(done.done).toBe(job.total);
    const file = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ file: Buffer }>(await tx.execute(sql`select file from background_jobs where id = ${job.id}`))[0]!.file);
    const pages = await pdfPages(new Uint8Array(file));
    expect(pages).toHaveLength(job.total);
  });
});

describe.runIf(onPostgres.length > 0)("a billing run of a large tenant runs in the background", () => {
  let db: TestDatabase;
  afterAll(async () => db?.drop());

  it("the confirm answers at once with a job; the job creates the run once, with its audit row and messages", { timeout: 240_000 }, async () => {
    db = await onPostgres[0]!.open();
    const seeded = await seedBulkCustomers(db, { slug: "jobs-run", name: "Jobs Run Fiber", count: 2_600 });
    const t: TestTenant = { tenantId: seeded.tenantId, ownerId: seeded.ownerId, slug: "jobs-run" };
    const activated = await withTenantOn(db.app, t.tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from subscriptions where activated_on is not null`))[0]!.n);
    expect(activated).toBeGreaterThan(backgroundRunThreshold());
    const runDate = tenantDate(new Date(), "Asia/Manila");
    const key = randomUUID();
    const confirm = async () => runBillingAction.runWith(await requestAs(db.app, t, t.ownerId), form({ runDate, idempotencyKey: key }));

    const answer = await confirm();
    expect(answer).toMatchObject({ ok: true, data: { queued: true, job: { kind: "billing_run", status: "queued" } } });
    if (!answer.ok || !("job" in answer.data)) return;
    const jobId = answer.data.job.id;
    // The same submission again (a retry after a lost answer) gets the same job, not a second run.
    const retried = await confirm();
    expect(retried.ok && "job" in retried.data && retried.data.job.id).toBe(jobId);
    await inProcessQueueIdle();

    const job = (await jobOf(db, t, jobId))!;
    expect(job).toMatchObject({ status: "done", error: null });
    const result = job.result as { runId: string; invoices: number; redirectTo: string };
    expect(result.redirectTo).toBe(`/billing/runs/${result.runId}`);
    expect(job.done).toBe(result.invoices);
    const facts = await withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ runs: number; invoices: number; audit_ip: string; audit_user: string; messages: number }>(
        await tx.execute(sql`select (select count(*)::int from billing_runs) as runs,
          (select count(*)::int from invoices where billing_run_id = ${result.runId}) as invoices,
          (select ip from audit_log where action = 'billing.run') as audit_ip,
          (select user_id::text from audit_log where action = 'billing.run') as audit_user,
          (select count(*)::int from outbox_messages where template_key = 'invoice_issued') as messages`),
      )[0]!,
    );
    expect(facts).toMatchObject({ runs: 1, invoices: result.invoices, audit_ip: "203.0.113.9", audit_user: t.ownerId });
    expect(facts.messages).toBeGreaterThan(0);

    // A new confirm for the same date queues a run that finds everything billed, and says so.
    const again = await runBillingAction.runWith(await requestAs(db.app, t, t.ownerId), form({ runDate }));
    expect(again.ok && "job" in again.data && again.data.queued).toBe(true);
    await inProcessQueueIdle();
    const second = again.ok && "job" in again.data ? await jobOf(db, t, again.data.job.id) : null;
    expect(second).toMatchObject({ status: "failed", error: NOTHING_TO_INVOICE });
  });
});

