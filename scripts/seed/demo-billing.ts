import { eq, sql } from "drizzle-orm";
import { billingSettings, users } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { postPayment, type PaymentMethod } from "@/lib/billing/payments";
import { queuePaymentReceived } from "@/lib/collections/payment-messages";
import { EVENTS } from "@/lib/events/names";
import { handleInProcess } from "@/lib/events/publish";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { deliverAllDue } from "@/lib/notify/sender";
import { completeWorkItem } from "@/lib/work-items/complete";
import { addDays, historyStart } from "./dates";
import { seededRandom, type Random } from "./random";

const SELLER = {
  businessName: "Demo Fiber Internet Services",
  address: "2F Limketkai Drive, Lapasan, Cagayan de Oro City, Misamis Oriental 9000",
  tin: "009876543",
  branchCode: "0000",
};

/** Where the demo's customers pay (Settings > Billing > How customers pay), printed on every bill. */
const PAY_TO = {
  gcashNumber: "+639171230000",
  gcashName: "Demo Fiber Internet Services",
  mayaNumber: "+639181230000",
  mayaName: "Demo Fiber Internet Services",
  bankAccounts: "BDO Savings 0000 1234 5678, Demo Fiber Internet Services\nLandBank Current 0000-1234-56, Demo Fiber Internet Services",
  officeHours: "Mon–Sat 8:00 AM – 5:00 PM at our office, 2F Limketkai Drive, Lapasan (closed Sundays and holidays)",
};

/** How the demo's customers pay, as days after the invoice date (the 8th is due, the 14th is past grace). */
type Habit = "on_time" | "within_grace" | "after_suspension" | "never";
const HABITS: readonly (readonly [Habit, number])[] = [
  ["on_time", 0.72],
  ["within_grace", 0.1],
  ["after_suspension", 0.12],
  ["never", 0.06],
];

function habitOf(random: Random): Habit {
  let r = random.next();
  for (const [habit, share] of HABITS) if ((r -= share) < 0) return habit;
  return "on_time";
}

function payDay(random: Random, habit: Habit, issued: string): string | null {
  switch (habit) {
    case "on_time":
      return addDays(issued, random.int(0, 5));
    case "within_grace":
      return addDays(issued, random.int(8, 12));
    case "after_suspension":
      return addDays(issued, random.int(14, 17));
    case "never":
      return null;
  }
}

export { historyStart };

type Staff = { cashier: string | null; tech: string | null };

/**
 * The demo's billing, produced the way production produces it: its seller
 * details and fees, then the daily pipeline (`npm run jobs:daily`) played
 * day by day from the first of last month to today, with the counter's
 * payments (most on time, some within grace, some only after suspension,
 * a few never) and the technician's round each day (yesterday's jobs; the
 * last two days' jobs are left open for the Field work page). Messages are
 * delivered as "logged": the demo never sends. Once: skipped when settings exist.
 */
export async function seedDemoBilling(app: Database, tenantId: string, staffEmails: { cashier: string; tech: string }, today: string): Promise<number> {
  const already = await withTenantOn(app, tenantId, async (tx) => rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from billing_settings`))[0]!.n);
  if (already > 0) return 0;
  const staff = await withTenantOn(app, tenantId, async (tx) => {
    const idOf = async (email: string) => (await tx.select({ id: users.id }).from(users).where(eq(users.email, email)))[0]?.id ?? null;
    return { cashier: await idOf(staffEmails.cashier), tech: await idOf(staffEmails.tech) } satisfies Staff;
  });
  const as = (tx: Tx, userId: string | null) => ({
    tx,
    tenantId,
    userId,
    audit: (e: Parameters<typeof recordAudit>[2]) => recordAudit(tx, { tenantId, userId, ip: null, userAgent: "fiberbill-seed" }, e),
  });
  await withTenantOn(app, tenantId, async (tx) => {
    const fees = { lateFeeKind: "flat" as const, lateFeeAmount: 10000, reconnectionFee: 30000 };
    await tx.insert(billingSettings).values({ tenantId, ...SELLER, dueDays: 7, graceDays: 5, ...fees, ...PAY_TO });
    await as(tx, null).audit({ action: "billing_settings.update", entityType: "billing_settings", after: { ...SELLER, ...fees, ...PAY_TO } });
  });

  const random = seededRandom(2026);
  const habits = new Map<string, Habit>();
  const payments = new Map<string, string[]>();
  const methods: PaymentMethod[] = ["cash", "cash", "gcash", "gcash", "maya"];
  let posted = 0;
  for (let day = historyStart(today); day <= today; day = addDays(day, 1)) {
    const dayStarted = new Date();
    await runDailyPipeline(app, tenantId, day, "seed");
    // Today's new invoices: when will each customer come to pay?
    const issued = await withTenantOn(app, tenantId, async (tx) =>
      rowsOf<{ customer_id: string }>(
        await tx.execute(sql`
          select c.id as customer_id from customers c
          where exists (select 1 from invoices i where i.customer_id = c.id and i.issue_date = ${day}::date and i.total > i.amount_paid)
          order by c.account_no`),
      ),
    );
    for (const { customer_id: customerId } of issued) {
      if (!habits.has(customerId)) habits.set(customerId, habitOf(random));
      const on = payDay(random, habits.get(customerId)!, day);
      if (on && on <= today) payments.set(on, [...(payments.get(on) ?? []), customerId]);
    }
    if (day < addDays(today, -1)) await technicianRound(app, tenantId, day, staff.tech, as);
    for (const customerId of payments.get(day) ?? []) {
      const method = random.pick(methods);
      const paid = await withTenantOn(app, tenantId, async (tx) => {
        const [due] = rowsOf<{ owed: string | number }>(
          await tx.execute(sql`select coalesce(sum(total - amount_paid), 0) as owed from invoices where customer_id = ${customerId} and status in ('open', 'partially_paid')`),
        );
        const amount = Number(due?.owed ?? 0);
        if (amount <= 0) return false;
        const reference = method === "cash" ? null : `${method === "gcash" ? "GC" : "MY"}${String(700_000_000 + posted * 7919).padStart(10, "0")}`;
        const payment = await postPayment(as(tx, staff.cashier), tenantId, { customerId, amount, method, reference, paidOn: day });
        await queuePaymentReceived(tx, tenantId, payment.id);
        return true;
      });
      if (!paid) continue;
      posted++;
      await handleInProcess(app, { name: EVENTS.paymentPosted, data: { tenantId, customerId, date: day } }, { quiet: true });
    }
    await deliverAllDue(app, tenantId, { limit: 1000, quiet: true });
    await dateTheDay(app, tenantId, day, dayStarted);
  }
  return posted;
}

/** The technician closes the jobs opened before today. */
async function technicianRound(app: Database, tenantId: string, day: string, techId: string | null, as: (tx: Tx, userId: string | null) => Parameters<typeof completeWorkItem>[0]) {
  await withTenantOn(app, tenantId, async (tx) => {
    const open = rowsOf<{ id: string; kind: string }>(await tx.execute(sql`select id, kind from work_items where status = 'open' and due_on < ${day}::date order by due_on, created_at`));
    for (const [i, item] of open.entries()) await completeWorkItem(as(tx, techId), item.id, {
        date: day,
        note: item.kind === "disconnect" ? "Cut at the NAP box" : "ONU back online",
        // Mid-morning of the replayed day in Manila (UTC+8), not the moment the seed runs.
        at: new Date(`${day}T0${2 + (i % 6)}:${String((i * 17) % 60).padStart(2, "0")}:00Z`),
      });
  });
}

/**
 * Rows the replay wrote for a past day carry that day's clock, not the
 * seeding moment: the run at 00:05 Manila, its messages right after, so the
 * outbox and the schedule read like a month that happened.
 */
async function dateTheDay(app: Database, tenantId: string, day: string, since: Date) {
  await withTenantOn(app, tenantId, async (tx) => {
    const at = sql`(${day}::date + time '00:05') at time zone 'Asia/Manila'`;
    await tx.execute(sql`update job_runs set started_at = ${at}, finished_at = ${at} + interval '40 seconds' where started_at >= ${since.toISOString()}::timestamptz`);
    // Messages of the counter (receipts, reconnections) mid-morning; the run's own right after 00:05.
    const shift = sql`case when template_key in ('payment_received', 'reconnection') then interval '10 hours' else interval '1 minute' end`;
    await tx.execute(sql`
      update outbox_messages set created_at = least(${at} + ${shift}, now()),
        sent_at = case when sent_at is null then null else least(${at} + ${shift} + interval '1 minute', now()) end
      where created_at >= ${since.toISOString()}::timestamptz`);
  });
}
