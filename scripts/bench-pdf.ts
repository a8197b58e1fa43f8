/**
 * npm run bench:pdf
 *
 * The batch PDF of a billing run at 1,000 invoices (issue 4: "a batch of
 * 1,000 invoices renders within a minute"). On the local PostgreSQL named by
 * BENCH_DATABASE_URL or TEST_DATABASE_URL it creates fiberbill_bench_<ts>,
 * seeds tenant "bench" with the bulk seed (about 1,000 active subscriptions),
 * saves seller details with a logo, runs this month's billing run, and times
 * the whole batch in one render (invoiceBills, one query set for the run,
 * + renderInvoicesPdf, as the old request did), then the background job the
 * run page queues now (50 invoices per piece, merged). Then one invoice the way
 * GET /api/pdf/invoices/<id> does, for the time per invoice. The output is
 * read back with pdf.js (page count; first and last page show their numbers and ₱).
 * Also printed: the process's memory before and at its peak, and the longest
 * event-loop stall (how long other requests on a server would wait).
 * The database is dropped at the end, also on error. The last line is one JSON object.
 */
import { deflateSync } from "node:zlib";
import os from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { connect, type Connection } from "@/db/connect";
import { backgroundJobFile } from "@/db/queries/background-jobs";
import { invoiceBills } from "@/lib/billing/bill-documents";
import { rowsOf } from "@/db/rows";
import { billingSettings, users } from "@/db/schema";
import { resolveTenantBySlug } from "@/db/system";
import type { Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { invoiceBatchPdfWork, INVOICES_PER_PIECE } from "@/lib/background/invoice-batch-pdf";
import { queueBackgroundJob, runBackgroundJob } from "@/lib/background/jobs";
import { executeBillingRun } from "@/lib/billing/run";
import { tenantDate } from "@/lib/time/format";
import { pdfPages } from "../tests/support/pdf-text";
import { assertLocal, benchEnv, createBenchDatabase, run } from "./bench/server";

/** Customers seeded: the bulk seed's mix (about 84 % with an active subscription) leaves just over 1,000. */
const SUBSCRIBERS = 1_200;
const MIN_ACTIVE = 1_000;
const TARGET_S = 60;
const SINGLE_REPEATS = 5;
/** Invoices per piece of the background batch (the app's default unless BENCH_PIECE says otherwise, to compare). */
const PIECE = Number(process.env.BENCH_PIECE) || INVOICES_PER_PIECE;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

/** A 240x240 RGB PNG with a gradient (so it does not compress to nothing), as a data: URL: a typical small logo. */
function logoDataUrl(): string {
  const size = 240;
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    const row = y * (size * 3 + 1);
    for (let x = 0; x < size; x++) raw.set([(x * 7 + y) & 255, (y * 5) & 255, (x ^ y) & 255], row + 1 + x * 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const png = Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
  return `data:image/png;base64,${png.toString("base64")}`;
}

function crc32(data: Buffer): number {
  let c = ~0;
  for (const byte of data) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

async function main() {
  assertLocal(new URL(serverUrl));
  const database = await createBenchDatabase(serverUrl);
  let conn: Connection | undefined;
  try {
    console.log(`Seeding ${SUBSCRIBERS.toLocaleString("en")} customers in ${database.name} ...`);
    await run("tsx", ["scripts/cli/seed.ts", "--customers", String(SUBSCRIBERS), "--tenant", "bench", "--name", "Bench Fiber"], benchEnv(database.url, "bench"));
    conn = await connect({ databaseUrl: database.url });
    const app = conn.app;
    const tenant = (await resolveTenantBySlug(app, "bench"))!;
    const runDate = tenantDate(new Date(), tenant.timeZone);
    const logo = logoDataUrl();
    const { runId, active } = await withTenantOn(app, tenant.id, async (tx: Tx) => {
      const active = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from subscriptions where status = 'active'`))[0]!.n;
      const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.isTenantOwner, true));
      const seller = { businessName: "Bench Fiber Internet Services", address: "Bulua, Cagayan de Oro City, Misamis Oriental 9000", tin: "123456789", branchCode: "0000", logoDataUrl: logo };
      await tx.insert(billingSettings).values({ tenantId: tenant.id, ...seller }).onConflictDoUpdate({ target: billingSettings.tenantId, set: seller });
      const ctx = { tx, userId: owner!.id, audit: (e: Parameters<typeof recordAudit>[2]) => recordAudit(tx, { tenantId: tenant.id, userId: owner!.id, ip: null, userAgent: "bench" }, e) };
      return { runId: (await executeBillingRun(ctx, tenant.id, runDate)).runId!, active };
    });
    if (active < MIN_ACTIVE) throw new Error(`Only ${active} active subscriptions were seeded; the benchmark needs ${MIN_ACTIVE}: raise SUBSCRIBERS.`);
    console.log(`${active.toLocaleString("en")} active subscriptions; billing run ${runDate} done; logo ${Math.round((logo.length * 3) / 4 / 1024)} KiB PNG.`);

    // The batch, as the billing-run route does it. The event-loop delay shows how long other requests on the same server would wait.
    const loop = monitorEventLoopDelay({ resolution: 20 });
    loop.enable();
    const rssBefore = process.memoryUsage().rss;
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 25);
    const started = performance.now();
    const { seller, payTo, documents } = await withTenantOn(app, tenant.id, (tx) => invoiceBills(tx, tenant.id, { billingRunId: runId }));
    const queried = performance.now();
    const pdf = await renderInvoicesPdf(seller, payTo, documents);
    const finished = performance.now();
    loop.disable();
    clearInterval(sampler);
    const renderS = (finished - started) / 1000;
    const mib = (bytes: number) => Math.round(bytes / 2 ** 20);
    console.log(
      `batch: ${documents.length.toLocaleString("en")} invoices in ${renderS.toFixed(2)} s (query ${((queried - started) / 1000).toFixed(2)} s, render ${((finished - queried) / 1000).toFixed(2)} s),`,
      `${(pdf.length / 2 ** 20).toFixed(1)} MiB, RSS ${mib(rssBefore)} -> peak ${mib(Math.max(rssPeak, process.memoryUsage().rss))} MiB, longest event-loop stall ${Math.round(loop.max / 1e6)} ms`,
    );

    // One invoice, as the invoice route does it (fonts and code already warm, as on a running server).
    const singleTimes: number[] = [];
    for (const doc of documents.slice(0, SINGLE_REPEATS)) {
      const t0 = performance.now();
      const one = await withTenantOn(app, tenant.id, (tx) => invoiceBills(tx, tenant.id, { ids: [doc.id] }));
      await renderInvoicesPdf(one.seller, one.payTo, one.documents);
      singleTimes.push(performance.now() - t0);
    }
    const singleMs = singleTimes.sort((a, b) => a - b)[Math.floor(singleTimes.length / 2)]!;
    const perInvoiceMs = (renderS * 1000) / documents.length;
    console.log(`single: median ${singleMs.toFixed(0)} ms of ${SINGLE_REPEATS}; batch per invoice ${perInvoiceMs.toFixed(1)} ms`);

    // What a reader sees: one page per invoice, the first and last with their numbers and the peso sign.
    const pages = await pdfPages(new Uint8Array(pdf));
    const first = documents[0]!;
    const last = documents[documents.length - 1]!;
    const problems = [
      pages.length !== documents.length && `${pages.length} pages for ${documents.length} invoices`,
      !pages[0]?.includes(`No. ${first.number}`) && `first page lacks No. ${first.number}`,
      !pages.at(-1)?.includes(`No. ${last.number}`) && `last page lacks No. ${last.number}`,
      !(pages[0]?.includes("₱") && pages.at(-1)?.includes("₱")) && "first or last page lacks the ₱ sign",
    ].filter(Boolean);
    if (problems.length > 0) throw new Error(`The batch PDF is wrong: ${problems.join("; ")}`);
    console.log(`checked: ${pages.length} pages, ${first.number} .. ${last.number}, ₱ on both`);

    // The batch as the run page makes it now: a background job rendering 50 invoices per piece and
    // giving the event loop a turn between pieces. The stall is how long a request may wait meanwhile.
    const jobLoop = monitorEventLoopDelay({ resolution: 20 });
    const job = await withTenantOn(app, tenant.id, async (tx) => {
      const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.isTenantOwner, true));
      return queueBackgroundJob(tx, tenant.id, { kind: "invoice_batch_pdf", subjectId: runId, total: documents.length, userId: owner!.id });
    });
    jobLoop.enable();
    const jobStarted = performance.now();
    let slowestPieceMs = 0;
    const timedRender: typeof renderInvoicesPdf = async (seller, payTo, docs) => {
      const t0 = performance.now();
      const out = await renderInvoicesPdf(seller, payTo, docs);
      slowestPieceMs = Math.max(slowestPieceMs, performance.now() - t0);
      return out;
    };
    const status = await runBackgroundJob(app, tenant.id, job.id, invoiceBatchPdfWork(timedRender, { perPiece: PIECE }));
    const jobS = (performance.now() - jobStarted) / 1000;
    jobLoop.disable();
    const jobFile = await withTenantOn(app, tenant.id, (tx) => backgroundJobFile(tx, job.id));
    if (status !== "done" || !jobFile) throw new Error(`The background batch ended ${status}`);
    const jobPages = (await pdfPages(new Uint8Array(jobFile.file))).length;
    if (jobPages !== documents.length) throw new Error(`The background batch has ${jobPages} pages for ${documents.length} invoices`);
    const jobStallMs = Math.round(jobLoop.max / 1e6);
    console.log(`background job (${PIECE} per piece): ${jobS.toFixed(2)} s, ${(jobFile.file.length / 2 ** 20).toFixed(1)} MiB, ${jobPages} pages, slowest piece ${Math.round(slowestPieceMs)} ms, longest event-loop stall ${jobStallMs} ms (in one request: ${Math.round(loop.max / 1e6)} ms)`);

    console.log(
      `\nmachine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}, load ${os.loadavg()[0]!.toFixed(1)}`,
      `\nbatch of ${documents.length.toLocaleString("en")}: ${renderS.toFixed(1)} s (target within ${TARGET_S} s): ${renderS <= TARGET_S ? "met" : "MISSED"}`,
    );
    console.log(
      JSON.stringify({
        bench: "pdf",
        invoices: documents.length,
        render_s: Number(renderS.toFixed(2)),
        per_invoice_ms: Number(perInvoiceMs.toFixed(1)),
        single_ms: Math.round(singleMs),
        pages: pages.length,
        job_s: Number(jobS.toFixed(2)),
        job_stall_ms: jobStallMs,
        request_stall_ms: Math.round(loop.max / 1e6),
      }),
    );
  } finally {
    await conn?.close();
    await database.drop();
  }
}

await main();
