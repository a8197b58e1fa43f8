import { count, inArray } from "drizzle-orm";
import { customers, users } from "../schema";
import type { Database } from "../types";
import { withTenantOn } from "../with-tenant";
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
      const input = { customerId: ids.customers.get(s.customerKey)!, planId: plan(s.plan), startDate: s.startDate, label: s.label };
      ids.subscriptions.set(s.subKey, (await addSubscription(ctx, tenantId, input)).id);
      return;
    }
    case "activate":
      return transitionSubscription(ctx, tenantId, subscription(s.subKey), "activate", { date: s.date });
    case "suspend":
    case "resume":
    case "cancel":
      return transitionSubscription(ctx, tenantId, subscription(s.subKey), s.kind, { date: s.date, ...(s.reason ? { reason: s.reason } : {}) });
    case "change_plan":
      return changeSubscriptionPlan(ctx, tenantId, subscription(s.subKey), { planId: plan(s.plan), date: s.date });
    case "customer_status":
      return changeCustomerStatus(ctx, tenantId, ids.customers.get(s.customerKey)!, { status: s.status, reason: s.reason, effectiveDate: s.date });
    case "archive_plan":
      return setPlanArchived(ctx, plan(s.plan), true);
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
  for (const step of demoHistory(asOf)) {
    await withTenantOn(app, tenantId, (tx) => replay(seedCtx(tx, tenantId, actors[step.by], step.date), tenantId, step, ids));
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
