import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { PrintButton } from "@/components/billing/payments/print-button";
import { ReceiptDocument } from "@/components/billing/payments/receipt-document";
import { getPayment } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { z } from "zod";

export const metadata: Metadata = { title: "Payment receipt" };

// A5 portrait, the size of most counter receipt pads; the app's chrome is not on this route at all.
const PRINT_CSS = `@page { size: A5 portrait; margin: 10mm; }
@media print { html, body { background: #fff !important; } }`;

/** The print view of a receipt: outside the app shell, so only the document prints. */
export default async function ReceiptPrintPage({ params, searchParams }: PageProps<"/t/[tenant]/receipts/[id]">) {
  const { tenant } = await requirePermission("payments.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { payment, issuer } = await withTenant(tenant.id, async (tx) => ({ payment: await getPayment(tx, { id }), issuer: await sellerDetails(tx) }));
  if (!payment) notFound();
  const autoPrint = (await searchParams).print === "1";
  return (
    <main className="min-h-dvh bg-muted/40 p-4 print:bg-white print:p-0">
      <style>{PRINT_CSS}</style>
      <div className="mx-auto mb-4 flex max-w-[148mm] flex-wrap justify-between gap-2 print:hidden">
        <Button asChild variant="outline">
          <Link href={`/payments/${payment.id}`}>
            <ArrowLeft /> Back
          </Link>
        </Button>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <a href={`/api/pdf/receipts/${payment.id}?download=1`} download={`${payment.receiptNumber}.pdf`}>
              <Download /> Download PDF
            </a>
          </Button>
          <PrintButton auto={autoPrint} label="Print receipt" />
        </div>
      </div>
      <ReceiptDocument payment={payment} issuer={issuer} tenantName={tenant.name} timeZone={tenant.timeZone} />
    </main>
  );
}
