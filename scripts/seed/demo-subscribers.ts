import { count, inArray, sql } from "drizzle-orm";
import { customers, users } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { createAdjustment } from "@/lib/billing/adjustments";
import { changeCustomerStatus, createCustomer } from "@/lib/customers/customers";
import { setPlanArchived } from "@/lib/plans/plans";
import { addSubscription, changeSubscriptionPlan, transitionSubscription } from "@/lib/subscriptions/subscriptions";
import { seedCatalog, seedCtx } from "./catalog";
import { DEMO_PLANS, demoHistory, type Actor, type DemoStep } from "./demo-history";

export type DemoActors = Record<Actor, string>;

type Ids = {
  barangays: Map<string, string>;
  plans: Map<string, string>;
  /** Demo-history keys -> the ids the database gave them. */
  customers: Map<number, string>;
  subscriptions: Map<number, string>;
};

async function replay(ctx: ReturnType<typeof seedCtx>, tenantId: string, s: DemoStep, ids: Ids): Promise<void> {
  const plan = (name: string) => ids.plans.get(name)!;
  const subscription = (key: number) => ids.subscriptions.get(key)!;
  switch (s.kind) {
    case "customer": {
      const { barangayCode, ...input } = s.customer;
      const row = await createCustomer(ctx, tenantId, { ...input, barangayId: ids.barangays.get(barangayCode)! });
      ids.customers.set(s.customerKey, row.id);
      return;
    }
    case "subscribe": {
      const input = { customerId: ids.customers.get(s.customerKey)!, planId: plan(s.plan), startDate: s.startDate, label: s.label, billedElsewhereUntil: s.billedElsewhereUntil ?? null };
      ids.subscriptions.set(s.subKey, (await addSubscription(ctx, tenantId, input)).id);
      return;
    }
    case "activate":
      return transitionSubscription(ctx, tenantId, subscription(s.subKey), "activate", { date: s.date });
    case "suspend":
    case "resume":
    case "cancel":
      return transitionSubscription(ctx, tenantId, subscription(s.subKey), s.kind, { date: s.date, ...(s.reason ? { reason: s.reason } : {}), ...(s.cause ? { cause: s.cause } : {}) });
    case "change_plan":
      return changeSubscriptionPlan(ctx, tenantId, subscription(s.subKey), { planId: plan(s.plan), date: s.date });
    case "customer_status":
      return changeCustomerStatus(ctx, tenantId, ids.customers.get(s.customerKey)!, { status: s.status, reason: s.reason, effectiveDate: s.date });
    case "archive_plan":
      return setPlanArchived(ctx, plan(s.plan), true);
    case "opening_balance":
      await createAdjustment(ctx, tenantId, { customerId: ids.customers.get(s.customerKey)!, kind: "charge", amount: s.amount, reason: s.reason, effectiveOn: s.date });
      return;
  }
}

/**
 * When a replayed step happened: a working hour of its day in Manila (UTC+8),
 * spread by its place in the history, never later than now.
 */
function stepTime(date: string, index: number): Date {
  const at = new Date(`${date}T${String(1 + (index % 8)).padStart(2, "0")}:${String((index * 7) % 60).padStart(2, "0")}:00Z`);
  return at.getTime() < Date.now() ? at : new Date();
}

/**
 * Rows a step wrote carry the step's day, not the moment the seed ran: a
 * customer who joined two years ago is a customer since then. Within the
 * step's transaction now() is the transaction's start, which is what every
 * row it wrote got by default, so `= now()` finds exactly those rows. (The
 * status and subscription histories are append-only, and show their
 * effective dates; their audit rows are written with the step's time.)
 */
async function dateStep(tx: Tx, kind: DemoStep["kind"], at: Date): Promise<void> {
  const when = at.toISOString();
  switch (kind) {
    case "customer":
    case "customer_status":
      await tx.execute(sql`update customers set created_at = case when created_at = now() then ${when}::timestamptz else created_at end,
        status_changed_at = case when status_changed_at = now() then ${when}::timestamptz else status_changed_at end, updated_at = ${when}::timestamptz
        where updated_at = now()`);
      return;
    case "opening_balance":
      await tx.execute(sql`update adjustments set created_at = ${when}::timestamptz where created_at = now()`);
      return;
    case "archive_plan":
      await tx.execute(sql`update plans set updated_at = ${when}::timestamptz where updated_at = now()`);
      return;
    default:
      await tx.execute(sql`update subscriptions set created_at = case when created_at = now() then ${when}::timestamptz else created_at end, updated_at = ${when}::timestamptz
        where updated_at = now()`);
  }
}

/**
 * Fills the demo ISP with its subscribers (demo-history.ts) unless it already
 * has customers. Every step runs through the domain functions as the runtime
 * role, in its own transaction, acting as the staff member who would have done
 * it: so the audit log, the status histories and the account numbers come out
 * exactly as if people had used the app, in the order the history says.
 * Returns how many customers were added (0 when skipped).
 */
export async function seedDemoSubscribers(app: Database, tenantId: string, actors: DemoActors, asOf: string): Promise<number> {
  const [existing] = await withTenantOn(app, tenantId, (tx) => tx.select({ n: count() }).from(customers));
  if ((existing?.n ?? 0) > 0) return 0;
  const { barangayIds, planIds } = await seedCatalog(app, tenantId, actors.owner, DEMO_PLANS);
  const ids: Ids = { barangays: barangayIds, plans: planIds, customers: new Map(), subscriptions: new Map() };
  let added = 0;
  for (const [index, step] of demoHistory(asOf).entries()) {
    const at = stepTime(step.date, index);
    await withTenantOn(app, tenantId, async (tx) => {
      await replay(seedCtx(tx, tenantId, actors[step.by], step.date, at), tenantId, step, ids);
      await dateStep(tx, step.kind, at);
    });
    if (step.kind === "customer") added++;
  }
  return added;
}

/** The users the demo history acts as, looked up by email (an owner-only fallback if support was removed). */
export async function demoActors(app: Database, tenantId: string, emails: { owner: string; support: string }): Promise<DemoActors> {
  const rows = await withTenantOn(app, tenantId, (tx) =>
    tx.select({ id: users.id, email: users.email }).from(users).where(inArray(users.email, [emails.owner, emails.support])),
  );
  const idOf = (email: string) => rows.find((r) => r.email === email)?.id;
  const owner = idOf(emails.owner);
  if (!owner) throw new Error(`the demo owner ${emails.owner} is missing`);
  return { owner, support: idOf(emails.support) ?? owner };
}
