import type { BackgroundJobKind } from "@/db/schema";
import type { Permission } from "@/lib/permissions/catalog";

/** Who may watch a job and take its file: whoever may do what it does. */
export const JOB_PERMISSION: Record<BackgroundJobKind, Permission> = {
  invoice_batch_pdf: "billing.view",
  customer_import: "customers.edit",
  billing_run: "billing.run",
};
