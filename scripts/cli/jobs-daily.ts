import { parseArgs } from "node:util";
import { addDays } from "@/lib/billing/dates";
import { DAILY_STEPS, runDailyPipeline, STEP_LABELS } from "@/lib/jobs/daily";
import { deliverAllDue } from "@/lib/notify/sender";
import { tenantDate } from "@/lib/time/format";
import { activeTenants } from "@/db/system";
import { describeTarget, openFromEnv } from "./open";

/**
 * npm run jobs:daily -- --tenant demo                          today's run (the tenant's date)
 * npm run jobs:daily -- --tenant demo --date 2026-01-05        that day
 * npm run jobs:daily -- --tenant demo --date 2026-01-05 --until 2026-02-05   every day, in order
 * The same pipeline Inngest runs at 00:05, then the outbox is delivered.
 */
const USAGE = "Usage: npm run jobs:daily -- --tenant <subdomain> [--date YYYY-MM-DD] [--until YYYY-MM-DD]";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const { values } = parseArgs({ options: { tenant: { type: "string" }, date: { type: "string" }, until: { type: "string" }, help: { type: "boolean" } }, strict: true });
if (values.help || !values.tenant) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 2);
}
for (const [name, value] of [["--date", values.date], ["--until", values.until]] as const) {
  if (value !== undefined && (!DATE.test(value) || Number.isNaN(Date.parse(value)))) {
    console.error(`${name} must be a date like 2026-01-05.\n${USAGE}`);
    process.exit(2);
  }
}

// Whatever stops the command outside a day's run (the database lost while starting up): one clean
// line and exit code 1, never a driver's stack trace. Each step commits whole or not at all.
process.on("uncaughtException", (error) => {
  console.error(`jobs:daily stopped: ${error instanceof Error ? error.message : String(error)}. Run the same command again to finish.`);
  process.exit(1);
});

const conn = await openFromEnv();
try {
  await conn.migrate();
  // The scheduler's own look-up, as the job role: the tenants it would wake (active ones).
  const slug = values.tenant.trim().toLowerCase();
  const tenant = (await activeTenants(conn.jobs)).find((t) => t.slug === slug);
  if (!tenant) {
    console.error(`No active tenant "${values.tenant}" in ${describeTarget()}.`);
    process.exit(1);
  }
  const first = values.date ?? tenantDate(new Date(), tenant.time_zone);
  const last = values.until ?? first;
  if (last < first) {
    console.error("--until must not be before --date.");
    process.exit(2);
  }
  for (let date = first; date <= last; date = addDays(date, 1)) {
    try {
      const { summary } = await runDailyPipeline(conn.app, tenant.id, date, "cli");
      const sent = await deliverAllDue(conn.app, tenant.id);
      const parts = DAILY_STEPS.map((step) => `${STEP_LABELS[step]}: ${Object.entries(summary[step] ?? {}).map(([k, v]) => `${k} ${v}`).join(", ")}`).join("; ");
      console.log(`${tenant.slug} ${date} — ${parts}; outbox: ${JSON.stringify(sent)}`);
    } catch (error) {
      // A clean stop: every step before the failing one is committed, and each step is safe to run again.
      console.error(`${tenant.slug} ${date} — stopped: ${error instanceof Error ? error.message : String(error)}`);
      console.error(`The steps before it are saved. Run the command again from --date ${date} to finish${last > date ? ` (and go on to ${last})` : ""}.`);
      process.exitCode = 1;
      break;
    }
  }
} finally {
  await conn.close();
}
