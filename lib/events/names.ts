/** Events FiberBill sends to Inngest (and runs in-process when Inngest is not configured). */
export const EVENTS = {
  tenantDaily: "fiberbill/tenant.daily",
  paymentPosted: "fiberbill/payment.posted",
  outboxFlush: "fiberbill/outbox.flush",
  backgroundJob: "fiberbill/background.job",
} as const;

export type TenantDailyData = { tenantId: string; date: string };
export type PaymentPostedData = { tenantId: string; customerId: string; date: string };
export type OutboxFlushData = { tenantId: string };
export type BackgroundJobData = { tenantId: string; jobId: string };
