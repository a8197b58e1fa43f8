import { z } from "zod";

/** Send on an invoice page: the invoice's id. */
export const sendInvoiceSchema = z.object({ id: z.uuid("Pick an invoice to send.") });

/** Send on a receipt page: the payment's id. */
export const sendReceiptSchema = z.object({ id: z.uuid("Pick a receipt to send.") });

/** "Prepare batch PDF" on a billing run's page. */
export const batchPdfSchema = z.object({ runId: z.uuid("Pick a billing run.") });
