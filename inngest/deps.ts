import type { Database, JobsHandle } from "@/db/types";
import type { RenderInvoicesPdf } from "@/lib/background/invoice-batch-pdf";

/**
 * What the functions need from the app. Production passes the runtime
 * connection, and the job role's handle for the look-ups across tenants
 * (which tenants to wake); tests pass a throw-away database. `faults` lets a
 * test make a step fail inside its transaction (after its work, before
 * commit) to prove a retry duplicates nothing.
 */
export type FunctionDeps = {
  db: () => Promise<Database>;
  jobs: () => Promise<JobsHandle>;
  deliver: (db: Database, tenantId: string) => Promise<unknown>;
  /** Lays out invoices as a PDF (components/pdf), for the batch PDF job. */
  renderInvoicesPdf: RenderInvoicesPdf;
  faults?: { afterStep?: (step: string) => void };
};
