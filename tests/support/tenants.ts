import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import { roles } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { auditWriter } from "@/lib/audit/record";
import { createStaffUser } from "@/lib/staff/users";
import { provisionTenant } from "@/lib/tenancy/provision";

/** Tenants and staff made the way the app makes them: sign-up and the staff module, as the runtime role. */
export const PASSWORD = "fiber-test-2026";
export const REQUEST = { ip: "203.0.113.7", userAgent: "vitest integration" };

export type TestTenant = { tenantId: string; ownerId: string; slug: string };

export async function signUp(app: Database, slug: string, email = `owner@${slug}.test`): Promise<TestTenant> {
  const input = { companyName: `${slug} Fiber`, subdomain: slug, ownerName: "Olivia Owner", email, password: PASSWORD };
  const { tenantId, userId } = await provisionTenant(app, input, REQUEST);
  return { tenantId, ownerId: userId, slug };
}

/** What a tenant action hands the staff module: its transaction and an audit writer acting as `userId`. */
export function actingAs(tx: Tx, tenant: TestTenant, userId: string = tenant.ownerId) {
  const actor = { tenantId: tenant.tenantId, userId, ...REQUEST };
  return { tx, audit: auditWriter(tx, actor) };
}

export async function roleIdOf(tx: Tx, name: string): Promise<string> {
  const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.name, name));
  if (!role) throw new Error(`no role named ${name} in this tenant`);
  return role.id;
}

/** Adds one staff member (one bcrypt hash, about a quarter second). */
export async function addStaff(app: Database, tenant: TestTenant, email: string, roleName = "Cashier"): Promise<string> {
  return withTenantOn(app, tenant.tenantId, async (tx) => {
    const roleId = await roleIdOf(tx, roleName);
    const input = { name: "Sam Staff", email, roleId, password: PASSWORD };
    return (await createStaffUser(actingAs(tx, tenant), tenant.tenantId, input)).id;
  });
}

/**
 * One of everything in the subscriber register for a tenant, made through the
 * domain modules as the runtime role: a barangay, a plan, a customer with a
 * status change, and a subscription that was activated and changed plan.
 */
export async function addSubscriberFixtures(app: Database, tenant: TestTenant): Promise<{ customerId: string; subscriptionId: string }> {
  const { createBarangay } = await import("@/lib/barangays/barangays");
  const { createPlan } = await import("@/lib/plans/plans");
  const { changeCustomerStatus, createCustomer } = await import("@/lib/customers/customers");
  const { addSubscription, changeSubscriptionPlan, transitionSubscription } = await import("@/lib/subscriptions/subscriptions");
  return withTenantOn(app, tenant.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, tenant), userId: tenant.ownerId, today: "2026-01-05" };
    const brgy = await createBarangay(ctx, tenant.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" });
    const plan = await createPlan(ctx, tenant.tenantId, { name: "Fiber 50", downloadMbps: 50, uploadMbps: 50, monthlyFee: 129900, installationFee: 150000, description: "" });
    const plan2 = await createPlan(ctx, tenant.tenantId, { name: "Fiber 100", downloadMbps: 100, uploadMbps: 100, monthlyFee: 169900, installationFee: 0, description: "" });
    const customer = await createCustomer(ctx, tenant.tenantId, {
      firstName: "Juan",
      lastName: "Dela Cruz",
      mobile: "+639171234567",
      addressLine: "Purok 3",
      barangayId: brgy.id,
      notes: "",
    });
    await changeCustomerStatus(ctx, tenant.tenantId, customer.id, { status: "suspended", reason: "Unpaid", effectiveDate: "2026-01-06" });
    const sub = await addSubscription(ctx, tenant.tenantId, { customerId: customer.id, planId: plan.id, startDate: "2026-01-05", label: "" });
    await transitionSubscription(ctx, tenant.tenantId, sub.id, "activate", { date: "2026-01-05" });
    await changeSubscriptionPlan(ctx, tenant.tenantId, sub.id, { planId: plan2.id, date: "2026-01-20" });
    return { customerId: customer.id, subscriptionId: sub.id };
  });
}

/**
 * Billing rows for a tenant that already has subscriber fixtures: settings,
 * a billing run (invoices and lines), a posted payment allocated to an
 * invoice, and a one-off adjustment, all through the billing modules.
 */
export async function addBillingFixtures(app: Database, tenant: TestTenant, customerId: string): Promise<void> {
  const { billingSettings } = await import("@/db/schema");
  const { executeBillingRun } = await import("@/lib/billing/run");
  const { postPayment } = await import("@/lib/billing/payments");
  const { createAdjustment } = await import("@/lib/billing/adjustments");
  const { claimIdempotencyKey, saveIdempotentResult } = await import("@/db/queries/idempotency-keys");
  await withTenantOn(app, tenant.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, tenant), userId: tenant.ownerId };
    await tx.insert(billingSettings).values({ tenantId: tenant.tenantId, businessName: `${tenant.slug} Fiber Inc.` });
    await executeBillingRun(ctx, tenant.tenantId, "2026-01-05");
    // The payment as the cashier's form posts it: under the form's idempotency key.
    const key = randomUUID();
    await claimIdempotencyKey(tx, { tenantId: tenant.tenantId, key, action: "payment.post", fingerprint: "fixture", userId: tenant.ownerId });
    const paid = await postPayment(ctx, tenant.tenantId, { customerId, amount: 50000, method: "gcash", reference: `GC-${tenant.slug}`, paidOn: "2026-01-06" });
    await saveIdempotentResult(tx, { tenantId: tenant.tenantId, key, result: paid });
    await createAdjustment(ctx, tenant.tenantId, { customerId, kind: "charge", amount: 25000, reason: "Router replacement", effectiveOn: "2026-01-07" });
  });
}

/**
 * Scheduled-work rows for a tenant with billing fixtures: its notification
 * settings and one template of its own, then the daily pipeline for a day
 * past the fixture invoice's due date and grace, which writes the job run,
 * outbox messages and a "to disconnect" work item.
 */
export async function addOperationsFixtures(app: Database, tenant: TestTenant): Promise<void> {
  const { notificationSettings, notificationTemplates } = await import("@/db/schema");
  const { runDailyPipeline } = await import("@/lib/jobs/daily");
  await withTenantOn(app, tenant.tenantId, async (tx) => {
    await tx.insert(notificationSettings).values({ tenantId: tenant.tenantId, reminderDaysBefore: 2 });
    await tx.insert(notificationTemplates).values({ tenantId: tenant.tenantId, key: "overdue", subject: `${tenant.slug}: overdue`, body: "Hi {name}, {amount} is overdue." });
  });
  await runDailyPipeline(app, tenant.tenantId, "2026-02-20", "cli", { userId: tenant.ownerId });
  // A background job (the batch PDF of the billing fixture's run), queued as the run page queues it.
  const { queueBackgroundJob } = await import("@/lib/background/jobs");
  await withTenantOn(app, tenant.tenantId, async (tx) => {
    const [run] = rowsOf<{ id: string }>(await tx.execute(sql`select id from billing_runs order by created_at limit 1`));
    await queueBackgroundJob(tx, tenant.tenantId, { kind: "invoice_batch_pdf", subjectId: run?.id ?? null, userId: tenant.ownerId });
  });
}

/**
 * The fiber plant for a tenant with subscriber fixtures, through the plant,
 * equipment and field-job modules: an OLT with a PON port, an LCP and a NAP
 * (its ports), the optical budget, two ONUs received, and a second line of
 * the customer installed by a completed job (a port in use, a device
 * installed, its movements).
 */
export async function addPlantFixtures(app: Database, tenant: TestTenant, customerId: string): Promise<{ napId: string; subscriptionId: string }> {
  const { createLcp, createNap, createOlt, createPonPort } = await import("@/lib/plant/plant");
  const { savePlantSettings } = await import("@/lib/plant/settings");
  const { DEFAULT_BUDGET } = await import("@/lib/plant/loss-check");
  const { receiveDevices } = await import("@/lib/equipment/receive");
  const { scheduleFieldJob } = await import("@/lib/field-jobs/schedule");
  const { completeFieldJob } = await import("@/lib/field-jobs/complete");
  const { addSubscription } = await import("@/lib/subscriptions/subscriptions");
  return withTenantOn(app, tenant.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, tenant), userId: tenant.ownerId };
    const [plan] = rowsOf<{ id: string }>(await tx.execute(sql`select id from plans where status = 'active' order by name limit 1`));
    const [brgy] = rowsOf<{ id: string }>(await tx.execute(sql`select id from barangays order by name limit 1`));
    const olt = await createOlt(ctx, tenant.tenantId, { name: `${tenant.slug} OLT`, vendor: "ZTE", model: "C320", site: "Office", latitude: 8.4542, longitude: 124.6319, managementAddress: "10.0.0.2", notes: "" });
    const pon = await createPonPort(ctx, tenant.tenantId, { oltId: olt.id, label: "0/1/1", txPowerDbm: 3, notes: "" });
    const lcp = await createLcp(ctx, tenant.tenantId, { code: "LCP-01", name: "Carmen", barangayId: brgy!.id, latitude: 8.4771, longitude: 124.6411, ponPortId: pon.id, splitterRatio: 4, feederLengthM: 2000, notes: "" });
    const nap = await createNap(ctx, tenant.tenantId, { code: "NAP-01", name: "", lcpId: lcp.id, barangayId: brgy!.id, latitude: 8.4779, longitude: 124.6405, poleNumber: "P-12", splitterRatio: 8, distanceFromLcpM: 300, notes: "" });
    await savePlantSettings(ctx, tenant.tenantId, { ...DEFAULT_BUDGET, connectorAllowanceDb: 2 });
    const received = await receiveDevices(ctx, tenant.tenantId, {
      kind: "onu",
      brand: "ZTE",
      model: "F670L",
      purchaseCost: 180000,
      devices: [{ serialNumber: `ZTEG${tenant.slug.length}0000001`, mac: null }, { serialNumber: `ZTEG${tenant.slug.length}0000002`, mac: null }],
      note: "",
    });
    const line = await addSubscription(ctx, tenant.tenantId, { customerId, planId: plan!.id, startDate: "2026-02-01", label: "Shop" });
    const [port] = rowsOf<{ id: string }>(await tx.execute(sql`select id from nap_ports where nap_id = ${nap.id} and port_number = 3`));
    const job = await scheduleFieldJob(ctx, tenant.tenantId, { kind: "installation", subscriptionId: line.id, scheduledOn: "2026-02-02", napPortId: port!.id, deviceId: received.ids[0], notes: "" });
    await completeFieldJob(ctx, tenant.tenantId, { id: job.id, completedOn: "2026-02-02", deviceSerial: "", latitude: 8.478, longitude: 124.6402, dropLengthM: 80, rxPowerDbm: -19.5, previousPortState: "free", previousDeviceStatus: "returned", notes: "" });
    return { napId: nap.id, subscriptionId: line.id };
  });
}

/**
 * An outage on the plant fixtures' NAP, declared and resolved after 30 hours
 * with a 4-hour credit rule: rows in outages, outage_naps,
 * outage_subscriptions and an outage credit in adjustments.
 */
export async function addOutageFixtures(app: Database, tenant: TestTenant, napCode = "NAP-01"): Promise<{ outageId: string }> {
  const { declareOutage } = await import("@/lib/outages/declare");
  const { resolveOutage } = await import("@/lib/outages/resolve");
  const { saveOutageCreditHours } = await import("@/lib/outages/settings");
  return withTenantOn(app, tenant.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, tenant), userId: tenant.ownerId, timeZone: "Asia/Manila" };
    await saveOutageCreditHours(ctx, tenant.tenantId, 4);
    const outage = await declareOutage(ctx, tenant.tenantId, { targetKind: "nap", target: napCode, cause: "Drop cable cut", startedAt: "2026-02-10T08:00", expectedRestorationAt: undefined });
    await resolveOutage(ctx, tenant.tenantId, { id: outage.id, resolvedAt: "2026-02-11T14:00", resolution: "Spliced" });
    return { outageId: outage.id };
  });
}

/** A ticket of the customer (the default categories, the tenant's own SLA settings): rows in every ticket table. */
export async function addTicketFixtures(app: Database, tenant: TestTenant, customerId: string): Promise<{ ticketId: string }> {
  const { ticketCategoryOptions } = await import("@/lib/tickets/categories");
  const { openTicket } = await import("@/lib/tickets/open");
  const { saveTicketSettings } = await import("@/lib/tickets/settings");
  const { DEFAULT_BUSINESS_HOURS, DEFAULT_SLA_TARGETS } = await import("@/lib/tickets/sla");
  return withTenantOn(app, tenant.tenantId, async (tx) => {
    const ctx = { ...actingAs(tx, tenant), userId: tenant.ownerId };
    await saveTicketSettings(ctx, tenant.tenantId, { businessHours: DEFAULT_BUSINESS_HOURS, slaTargets: DEFAULT_SLA_TARGETS });
    const [category] = await ticketCategoryOptions(tx, tenant.tenantId);
    const ticket = await openTicket(ctx, tenant.tenantId, { customerId, categoryId: category!.id, priority: "high", subject: "No connection since this morning" });
    return { ticketId: ticket.id };
  });
}
