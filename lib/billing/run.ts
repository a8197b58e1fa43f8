import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { billingRuns, counters } from "@/db/schema";
import { billableSubscriptions, lastChargedSpans, pendingAdjustments, planPrices, subscriptionHistories } from "@/db/queries/billing-run";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { SERIES_DEFAULTS, takeNumbers } from "@/lib/numbering/counters";
import { composeInvoice, withAdjustments, type BillingRules, type DraftInvoice, type LastCharged, type PendingAdjustment, type PlanPrice, type SubscriptionFacts } from "./compose";
import type { IsoDate } from "./dates";
import { backBilling, type BackBilling } from "./back-billing";
import { factsFromEvents } from "./facts";
import { applyCredits } from "./credits";
import { getBillingSettings, taxModeOf, type BillingSettings } from "./settings";

/** A run never writes more than this many periods for one subscription (two years of monthly bills). */
const MAX_PERIODS_PER_RUN = 24;

export type RunCtx = {
  tx: Tx;
  audit: (e: AuditEntry) => Promise<void>;
  userId: string | null;
  /** Told how many invoices are written so far, of how many (a background run's progress bar). */
  onProgress?: (written: number, total: number) => void;
};

export type PlannedInvoice = DraftInvoice & {
  subscriptionId: string;
  customerId: string;
  accountNo: string;
  customerName: string;
  /** Pending charges and credits this invoice bills (the customer's first invoice of the run takes them all). */
  adjustmentIds: string[];
};

/** A never-invoiced subscription whose first invoices of the run bill periods already over. */
export type BackBilledSubscription = BackBilling & {
  subscriptionId: string;
  customerId: string;
  accountNo: string;
  customerName: string;
  billedElsewhereUntil: IsoDate | null;
};

export type BillingRunResult = { runId: string | null; invoices: PlannedInvoice[]; total: number; numbers: string[] };

function rulesFrom(s: BillingSettings): BillingRules {
  return { cycle: { kind: s.cycleKind, day: s.cycleDay }, issueLeadDays: s.issueLeadDays, dueDays: s.dueDays, billSuspended: s.billSuspended, taxMode: taxModeOf(s) };
}

type BillingInputs = {
  rules: BillingRules;
  subscriptions: (Awaited<ReturnType<typeof billableSubscriptions>>[number] & { facts: SubscriptionFacts; last: LastCharged; lastInvoiceId: string | null })[];
};

/** The rules and every billable subscription's facts and last charged span: four queries for the whole tenant (or one subscription). */
export async function loadBillingInputs(tx: Tx, tenantId: string, only?: { subscriptionId: string }): Promise<BillingInputs> {
  const rules = rulesFrom(await getBillingSettings(tx, tenantId));
  const subs = await billableSubscriptions(tx, only);
  const priceList = await planPrices(tx);
  const prices = new Map<string, PlanPrice & { installationFee: number }>(priceList.map((p) => [p.id, { name: p.name, monthlyFee: p.monthlyFee, installationFee: p.installationFee }]));
  const lastSpans = new Map((await lastChargedSpans(tx, only)).map((r) => [r.subscription_id, r]));
  const events = await subscriptionHistories(tx, only);
  const eventsBySub = new Map<string, typeof events>();
  for (const e of events) {
    const list = eventsBySub.get(e.subscriptionId) ?? [];
    list.push(e);
    eventsBySub.set(e.subscriptionId, list);
  }
  return {
    rules,
    subscriptions: subs.map((sub) => {
      const span = lastSpans.get(sub.id);
      return {
        ...sub,
        facts: factsFromEvents({ planId: sub.planId, activatedOn: sub.activatedOn!, cancelledOn: sub.cancelledOn, billedElsewhereUntil: sub.billedElsewhereUntil }, eventsBySub.get(sub.id) ?? [], prices),
        last: span ? { start: span.charged_start, end: span.charged_end, period: { start: span.period_start, end: span.period_end } } : null,
        lastInvoiceId: span?.invoice_id ?? null,
      };
    }),
  };
}

/**
 * Everything a run on `runDate` would invoice: the inputs in a few queries,
 * composed by the pure rules. Also which never-invoiced subscriptions it
 * back-bills (periods already over), for the preview.
 */
export async function planBillingRun(tx: Tx, tenantId: string, runDate: IsoDate): Promise<{ invoices: PlannedInvoice[]; rules: BillingRules; backBilled: BackBilledSubscription[] }> {
  const { rules, subscriptions } = await loadBillingInputs(tx, tenantId);
  const invoices: PlannedInvoice[] = [];
  const backBilled: BackBilledSubscription[] = [];
  for (const sub of subscriptions) {
    const { facts, last } = sub;
    const who = { subscriptionId: sub.id, customerId: sub.customerId, accountNo: sub.accountNo, customerName: sub.customerName };
    // Every period due by the run date, oldest first: a run after a gap catches up, one invoice per period.
    const drafts: DraftInvoice[] = [];
    let previous = last;
    for (let i = 0; i < MAX_PERIODS_PER_RUN; i++) {
      const draft = composeInvoice(facts, rules, previous, runDate);
      if (!draft) break;
      drafts.push(draft);
      invoices.push({ ...draft, ...who, adjustmentIds: [] });
      previous = { start: draft.charged.start, end: draft.charged.end, period: draft.period };
    }
    const back = !last && drafts.length ? backBilling(drafts, rules, facts.activatedOn, runDate) : null;
    if (back) backBilled.push({ ...back, ...who, billedElsewhereUntil: facts.billedElsewhereUntil });
  }
  attachAdjustments(invoices, await pendingAdjustments(tx, runDate), rules);
  return { invoices, rules, backBilled };
}

/** Each customer's pending charges and credits go on their first invoice of the run. */
function attachAdjustments(invoices: PlannedInvoice[], pending: (PendingAdjustment & { customerId: string })[], rules: BillingRules): void {
  if (pending.length === 0) return;
  const byCustomer = new Map<string, PendingAdjustment[]>();
  for (const a of pending) {
    const list = byCustomer.get(a.customerId) ?? [];
    list.push(a);
    byCustomer.set(a.customerId, list);
  }
  for (let i = 0; i < invoices.length; i++) {
    const inv = invoices[i]!;
    const mine = byCustomer.get(inv.customerId);
    if (!mine) continue;
    byCustomer.delete(inv.customerId);
    invoices[i] = { ...inv, ...withAdjustments(inv, mine, rules.taxMode), adjustmentIds: mine.map((a) => a.id) };
  }
}

const CHUNK = 5000;

/**
 * Creates the invoices of a run, exactly once. The invoice counter row is
 * locked first, so a second run for the same tenant waits and then finds the
 * periods already billed; numbers are taken in one block and stay gapless.
 * Invoices and lines are written set-based, a few thousand per statement.
 */
export async function executeBillingRun(ctx: RunCtx, tenantId: string, runDate: IsoDate): Promise<BillingRunResult> {
  const { tx } = ctx;
  const d = SERIES_DEFAULTS.invoice;
  await tx.insert(counters).values({ tenantId, series: "invoice", prefix: d.prefix, padding: d.padding }).onConflictDoNothing();
  await tx.execute(sql`select 1 from ${counters} where ${and(eq(counters.tenantId, tenantId), eq(counters.series, "invoice"))} for update`);

  const { invoices, rules } = await planBillingRun(tx, tenantId, runDate);
  if (invoices.length === 0) return { runId: null, invoices, total: 0, numbers: [] };

  const numbers = await takeNumbers(tx, tenantId, "invoice", invoices.length);
  const total = invoices.reduce((s, i) => s + i.totals.total, 0);
  const [run] = await tx
    .insert(billingRuns)
    .values({ tenantId, runDate, invoiceCount: invoices.length, total, createdBy: ctx.userId })
    .returning({ id: billingRuns.id });
  const runId = run!.id;
  const taxMode = rules.taxMode.kind;
  ctx.onProgress?.(0, invoices.length);

  for (let i = 0; i < invoices.length; i += CHUNK) {
    const slice = invoices.slice(i, i + CHUNK).map((inv, j) => ({ ...inv, id: randomUUID(), number: numbers[i + j]! }));
    const invoiceRows = slice.map((inv) => ({
      id: inv.id,
      number: inv.number,
      customer_id: inv.customerId,
      subscription_id: inv.subscriptionId,
      period_start: inv.period.start,
      period_end: inv.period.end,
      issue_date: inv.issueDate,
      due_date: inv.dueDate,
      subtotal: inv.totals.subtotal,
      vatable: inv.totals.vatable,
      vat: inv.totals.vat,
      total: inv.totals.total,
    }));
    await tx.execute(sql`
      insert into invoices (tenant_id, id, number, customer_id, subscription_id, billing_run_id, period_start, period_end,
        issue_date, due_date, subtotal, vatable, vat, total, status, tax_mode)
      select ${tenantId}::uuid, r.id, r.number, r.customer_id, r.subscription_id, ${runId}::uuid, r.period_start, r.period_end,
        r.issue_date, r.due_date, r.subtotal, r.vatable, r.vat, r.total, case when r.total = 0 then 'paid' else 'open' end, ${taxMode}
      from jsonb_to_recordset(${JSON.stringify(invoiceRows)}::jsonb) as r(id uuid, number text, customer_id uuid, subscription_id uuid,
        period_start date, period_end date, issue_date date, due_date date, subtotal bigint, vatable bigint, vat bigint, total bigint)`);
    const lineRows = slice.flatMap((inv) =>
      inv.lines.map((l, position) => ({
        invoice_id: inv.id,
        position,
        kind: l.kind,
        description: l.description,
        period_start: l.periodStart ?? null,
        period_end: l.periodEnd ?? null,
        amount: l.amount,
      })),
    );
    await tx.execute(sql`
      insert into invoice_lines (tenant_id, invoice_id, position, kind, description, period_start, period_end, amount)
      select ${tenantId}::uuid, r.invoice_id, r.position, r.kind, r.description, r.period_start, r.period_end, r.amount
      from jsonb_to_recordset(${JSON.stringify(lineRows)}::jsonb) as r(invoice_id uuid, position int, kind text, description text,
        period_start date, period_end date, amount bigint)`);
    const billed = slice.flatMap((inv) => inv.adjustmentIds.map((id) => ({ id, invoice_id: inv.id })));
    if (billed.length) {
      await tx.execute(sql`
        update adjustments a set invoice_id = r.invoice_id
        from jsonb_to_recordset(${JSON.stringify(billed)}::jsonb) as r(id uuid, invoice_id uuid)
        where a.id = r.id and a.invoice_id is null`);
    }
    const credits = slice
      .filter((inv) => inv.creditCarried > 0)
      .map((inv) => ({ customer_id: inv.customerId, source_invoice_id: inv.id, amount: inv.creditCarried, reason: `Credit carried forward from invoice ${inv.number}` }));
    if (credits.length) {
      await tx.execute(sql`
        insert into adjustments (tenant_id, customer_id, kind, category, amount, reason, effective_on, source_invoice_id, created_by)
        select ${tenantId}::uuid, r.customer_id, 'credit', 'credit_carried', r.amount, r.reason, ${runDate}::date, r.source_invoice_id, ${ctx.userId}::uuid
        from jsonb_to_recordset(${JSON.stringify(credits)}::jsonb) as r(customer_id uuid, source_invoice_id uuid, amount bigint, reason text)`);
    }
    ctx.onProgress?.(Math.min(i + CHUNK, invoices.length), invoices.length);
  }
  // Customers with credit (an overpayment) have it applied to their new invoices at once.
  // (All customers with credit: few, and an id list of a whole run would exceed the parameter limit.)
  await applyCredits(tx, tenantId);
  await ctx.audit({
    action: "billing.run",
    entityType: "billing_run",
    entityId: runId,
    after: { runDate, invoices: invoices.length, total, first: numbers[0], last: numbers[numbers.length - 1] },
  });
  return { runId, invoices, total, numbers };
}
