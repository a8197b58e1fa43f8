import { sql } from "drizzle-orm";
import { bigint, boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { tenantIdColumn, tenantIsolationPolicy } from "./tenancy";
import { tenants } from "./tenants";
import { users } from "./staff";
import { customers, subscriptions } from "./subscribers";

/** One row per tenant: who bills, how, and when. Amounts in centavos, rates in basis points (1200 = 12%). */
export const billingSettings = pgTable(
  "billing_settings",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    businessName: text("business_name").notNull().default(""),
    address: text("address").notNull().default(""),
    tin: text("tin").notNull().default(""),
    branchCode: text("branch_code").notNull().default("0000"),
    taxMode: text("tax_mode", { enum: ["none", "vat_inclusive", "vat_exclusive"] }).notNull().default("none"),
    vatRateBp: integer("vat_rate_bp").notNull().default(1200),
    /** A small image as a data: URL, shown on documents. */
    logoDataUrl: text("logo_data_url"),
    cycleKind: text("cycle_kind", { enum: ["fixed", "anniversary"] }).notNull().default("fixed"),
    cycleDay: integer("cycle_day").notNull().default(1),
    issueLeadDays: integer("issue_lead_days").notNull().default(0),
    dueDays: integer("due_days").notNull().default(7),
    graceDays: integer("grace_days").notNull().default(5),
    lateFeeKind: text("late_fee_kind", { enum: ["none", "flat", "percent"] }).notNull().default("none"),
    lateFeeAmount: bigint("late_fee_amount", { mode: "number" }).notNull().default(0),
    lateFeeRateBp: integer("late_fee_rate_bp").notNull().default(0),
    reconnectionFee: bigint("reconnection_fee", { mode: "number" }).notNull().default(0),
    /** false: suspended days are not billed (the default); true: bill as usual. */
    billSuspended: boolean("bill_suspended").notNull().default(false),
    // How customers pay, printed on every bill: GCash and Maya numbers (E.164) with the account name,
    // bank accounts one per line, and the office's hours. Empty: not offered.
    gcashNumber: text("gcash_number").notNull().default(""),
    gcashName: text("gcash_name").notNull().default(""),
    mayaNumber: text("maya_number").notNull().default(""),
    mayaName: text("maya_name").notNull().default(""),
    bankAccounts: text("bank_accounts").notNull().default(""),
    officeHours: text("office_hours").notNull().default(""),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId] }),
    check("billing_settings_tax_mode_valid", sql`${t.taxMode} in ('none', 'vat_inclusive', 'vat_exclusive')`),
    check("billing_settings_cycle_valid", sql`${t.cycleKind} in ('fixed', 'anniversary') and ${t.cycleDay} between 1 and 28`),
    check("billing_settings_days_valid", sql`${t.issueLeadDays} between 0 and 28 and ${t.dueDays} between 0 and 90 and ${t.graceDays} between 0 and 90`),
    check("billing_settings_amounts_valid", sql`${t.lateFeeAmount} >= 0 and ${t.reconnectionFee} >= 0 and ${t.lateFeeRateBp} between 0 and 10000 and ${t.vatRateBp} between 0 and 5000`),
    check("billing_settings_late_fee_valid", sql`${t.lateFeeKind} in ('none', 'flat', 'percent')`),
    check("billing_settings_branch_code", sql`${t.branchCode} ~ '^[0-9]{4,5}$'`),
    check("billing_settings_wallets_e164", sql`${t.gcashNumber} ~ '^(\\+639[0-9]{9})?$' and ${t.mayaNumber} ~ '^(\\+639[0-9]{9})?$'`),
    tenantIsolationPolicy(),
  ],
);

/** One billing run per tenant and date (a re-run finds it and adds nothing). */
export const billingRuns = pgTable(
  "billing_runs",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    runDate: date("run_date").notNull(),
    invoiceCount: integer("invoice_count").notNull().default(0),
    total: bigint("total", { mode: "number" }).notNull().default(0),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "billing_runs_user_fk", columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id] }),
    index("billing_runs_tenant_date_idx").on(t.tenantId, t.runDate),
    tenantIsolationPolicy(),
  ],
);

export const INVOICE_STATUSES = ["open", "partially_paid", "paid", "void"] as const;

/**
 * The primary document for services (RR 7-2024). Numbers are gapless per
 * tenant; a subscription is invoiced once per period; a voided invoice keeps
 * its number. Overdue is derived (open or partly paid past its due date).
 */
export const invoices = pgTable(
  "invoices",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    number: text("number").notNull(),
    customerId: uuid("customer_id").notNull(),
    subscriptionId: uuid("subscription_id"),
    billingRunId: uuid("billing_run_id"),
    periodStart: date("period_start"),
    periodEnd: date("period_end"),
    issueDate: date("issue_date").notNull(),
    dueDate: date("due_date").notNull(),
    subtotal: bigint("subtotal", { mode: "number" }).notNull(),
    vatable: bigint("vatable", { mode: "number" }).notNull().default(0),
    vat: bigint("vat", { mode: "number" }).notNull().default(0),
    total: bigint("total", { mode: "number" }).notNull(),
    /** Paid so far (allocations of posted payments), kept in step by the payment module. */
    amountPaid: bigint("amount_paid", { mode: "number" }).notNull().default(0),
    status: text("status", { enum: INVOICE_STATUSES }).notNull().default("open"),
    taxMode: text("tax_mode").notNull().default("none"),
    lateFeeApplied: boolean("late_fee_applied").notNull().default(false),
    /** The day the daily job found it unpaid past its due date (the overdue notice goes out once). */
    overdueOn: date("overdue_on"),
    voidReason: text("void_reason"),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedBy: uuid("voided_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("invoices_tenant_number_key").on(t.tenantId, t.number),
    // One live invoice per subscription and period; a voided one can be re-issued.
    uniqueIndex("invoices_tenant_subscription_period_key")
      .on(t.tenantId, t.subscriptionId, t.periodStart)
      .where(sql`${t.subscriptionId} is not null and ${t.status} <> 'void'`),
    foreignKey({ name: "invoices_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("restrict"),
    foreignKey({ name: "invoices_subscription_fk", columns: [t.tenantId, t.subscriptionId], foreignColumns: [subscriptions.tenantId, subscriptions.id] }).onDelete("restrict"),
    foreignKey({ name: "invoices_billing_run_fk", columns: [t.tenantId, t.billingRunId], foreignColumns: [billingRuns.tenantId, billingRuns.id] }),
    foreignKey({ name: "invoices_voided_by_fk", columns: [t.tenantId, t.voidedBy], foreignColumns: [users.tenantId, users.id] }),
    index("invoices_tenant_customer_idx").on(t.tenantId, t.customerId, t.issueDate),
    index("invoices_tenant_status_due_idx").on(t.tenantId, t.status, t.dueDate),
    index("invoices_tenant_issue_idx").on(t.tenantId, t.issueDate, t.number),
    index("invoices_tenant_run_idx").on(t.tenantId, t.billingRunId),
    check("invoices_status_valid", sql`${t.status} in ('open', 'partially_paid', 'paid', 'void')`),
    check("invoices_amounts_valid", sql`${t.total} >= 0 and ${t.vat} >= 0 and ${t.vatable} >= 0 and ${t.amountPaid} >= 0 and ${t.amountPaid} <= ${t.total}`),
    check("invoices_period_valid", sql`${t.periodEnd} is null or ${t.periodEnd} > ${t.periodStart}`),
    check("invoices_due_after_issue", sql`${t.dueDate} >= ${t.issueDate}`),
    tenantIsolationPolicy(),
  ],
);

/** Lines of an invoice; credits are negative, every amount already rounded. */
export const invoiceLines = pgTable(
  "invoice_lines",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    invoiceId: uuid("invoice_id").notNull(),
    position: integer("position").notNull(),
    kind: text("kind", {
      enum: ["service", "installation", "plan_change_credit", "plan_change_charge", "suspension_credit", "late_fee", "reconnection_fee", "adjustment", "credit_applied"],
    }).notNull(),
    description: text("description").notNull(),
    periodStart: date("period_start"),
    periodEnd: date("period_end"),
    amount: bigint("amount", { mode: "number" }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "invoice_lines_invoice_fk", columns: [t.tenantId, t.invoiceId], foreignColumns: [invoices.tenantId, invoices.id] }).onDelete("cascade"),
    uniqueIndex("invoice_lines_invoice_position_key").on(t.tenantId, t.invoiceId, t.position),
    tenantIsolationPolicy(),
  ],
);

export const PAYMENT_METHODS = ["cash", "gcash", "maya", "bank_transfer", "check"] as const;

/**
 * Money received. Never edited: a mistake is voided with a reason, which
 * reverses its allocations. The receipt number is gapless in its own series.
 */
export const payments = pgTable(
  "payments",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    receiptNumber: text("receipt_number").notNull(),
    customerId: uuid("customer_id").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    method: text("method", { enum: PAYMENT_METHODS }).notNull(),
    reference: text("reference"),
    paidOn: date("paid_on").notNull(),
    receivedBy: uuid("received_by"),
    status: text("status", { enum: ["posted", "void"] }).notNull().default("posted"),
    voidReason: text("void_reason"),
    voidedAt: timestamp("voided_at", { withTimezone: true }),
    voidedBy: uuid("voided_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    uniqueIndex("payments_tenant_receipt_key").on(t.tenantId, t.receiptNumber),
    // The same GCash/Maya/bank reference cannot be posted twice (a voided one frees it).
    uniqueIndex("payments_tenant_method_reference_key").on(t.tenantId, t.method, t.reference).where(sql`${t.reference} is not null and ${t.status} = 'posted'`),
    foreignKey({ name: "payments_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("restrict"),
    foreignKey({ name: "payments_received_by_fk", columns: [t.tenantId, t.receivedBy], foreignColumns: [users.tenantId, users.id] }),
    foreignKey({ name: "payments_voided_by_fk", columns: [t.tenantId, t.voidedBy], foreignColumns: [users.tenantId, users.id] }),
    index("payments_tenant_customer_idx").on(t.tenantId, t.customerId, t.paidOn),
    index("payments_tenant_paid_on_idx").on(t.tenantId, t.paidOn, t.receivedBy),
    check("payments_amount_positive", sql`${t.amount} > 0`),
    check("payments_method_valid", sql`${t.method} in ('cash', 'gcash', 'maya', 'bank_transfer', 'check')`),
    check("payments_reference_required", sql`${t.method} in ('cash', 'check') or ${t.reference} is not null`),
    check("payments_status_valid", sql`${t.status} in ('posted', 'void')`),
    tenantIsolationPolicy(),
  ],
);

/** Which invoices a payment paid. The unallocated rest of a posted payment is the customer's credit. */
export const paymentAllocations = pgTable(
  "payment_allocations",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    paymentId: uuid("payment_id").notNull(),
    invoiceId: uuid("invoice_id").notNull(),
    amount: bigint("amount", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "payment_allocations_payment_fk", columns: [t.tenantId, t.paymentId], foreignColumns: [payments.tenantId, payments.id] }).onDelete("cascade"),
    foreignKey({ name: "payment_allocations_invoice_fk", columns: [t.tenantId, t.invoiceId], foreignColumns: [invoices.tenantId, invoices.id] }).onDelete("restrict"),
    index("payment_allocations_payment_idx").on(t.tenantId, t.paymentId),
    index("payment_allocations_invoice_idx").on(t.tenantId, t.invoiceId),
    check("payment_allocations_amount_positive", sql`${t.amount} > 0`),
    tenantIsolationPolicy(),
  ],
);

export const ADJUSTMENT_CATEGORIES = ["manual", "late_fee", "reconnection_fee", "credit_carried", "cancellation", "reversal", "outage_credit"] as const;
export type AdjustmentCategory = (typeof ADJUSTMENT_CATEGORIES)[number];

/** One-off charges and credits on a customer's account, with a reason; billed on the next invoice. */
export const adjustments = pgTable(
  "adjustments",
  {
    tenantId: tenantIdColumn().references(() => tenants.id, { onDelete: "cascade" }),
    id: uuid("id").notNull().default(sql`gen_random_uuid()`),
    customerId: uuid("customer_id").notNull(),
    kind: text("kind", { enum: ["charge", "credit"] }).notNull(),
    /** Where it came from; decides the invoice line it becomes. */
    category: text("category", { enum: ADJUSTMENT_CATEGORIES }).notNull().default("manual"),
    amount: bigint("amount", { mode: "number" }).notNull(),
    reason: text("reason").notNull(),
    effectiveOn: date("effective_on").notNull(),
    /** The invoice that billed it, once billed. */
    invoiceId: uuid("invoice_id"),
    /** The invoice it came from: a late fee on it, or a credit carried forward from it (reversed if it is voided). */
    sourceInvoiceId: uuid("source_invoice_id"),
    /** An outage's service credit: the outage and the line it credits (once each, a unique key). */
    outageId: uuid("outage_id"),
    subscriptionId: uuid("subscription_id"),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.id] }),
    foreignKey({ name: "adjustments_customer_fk", columns: [t.tenantId, t.customerId], foreignColumns: [customers.tenantId, customers.id] }).onDelete("restrict"),
    foreignKey({ name: "adjustments_invoice_fk", columns: [t.tenantId, t.invoiceId], foreignColumns: [invoices.tenantId, invoices.id] }),
    foreignKey({ name: "adjustments_source_invoice_fk", columns: [t.tenantId, t.sourceInvoiceId], foreignColumns: [invoices.tenantId, invoices.id] }),
    index("adjustments_tenant_pending_idx").on(t.tenantId, t.effectiveOn).where(sql`${t.invoiceId} is null`),
    index("adjustments_tenant_source_idx").on(t.tenantId, t.sourceInvoiceId).where(sql`${t.sourceInvoiceId} is not null`),
    foreignKey({ name: "adjustments_created_by_fk", columns: [t.tenantId, t.createdBy], foreignColumns: [users.tenantId, users.id] }),
    index("adjustments_tenant_customer_idx").on(t.tenantId, t.customerId),
    check("adjustments_amount_positive", sql`${t.amount} > 0`),
    check("adjustments_kind_valid", sql`${t.kind} in ('charge', 'credit')`),
    check("adjustments_category_valid", sql`${t.category} in ('manual', 'late_fee', 'reconnection_fee', 'credit_carried', 'cancellation', 'reversal', 'outage_credit')`),
    uniqueIndex("adjustments_tenant_outage_subscription_key").on(t.tenantId, t.outageId, t.subscriptionId).where(sql`${t.outageId} is not null`),
    tenantIsolationPolicy(),
  ],
);
