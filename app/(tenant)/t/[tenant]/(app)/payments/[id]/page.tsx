import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Printer } from "lucide-react";
import { ReceiptDocument } from "@/components/billing/payments/receipt-document";
import { VoidPaymentForm } from "@/components/billing/payments/void-payment-form";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { getPayment } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { z } from "zod";
import { voidPaymentAction } from "../actions";

export const metadata: Metadata = { title: "Payment" };

export default async function PaymentPage({ params }: PageProps<"/t/[tenant]/payments/[id]">) {
  const { tenant, user } = await requirePermission("payments.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { payment, issuer } = await withTenant(tenant.id, async (tx) => ({ payment: await getPayment(tx, { id }), issuer: await sellerDetails(tx) }));
  if (!payment) notFound();
  return (
    <>
      <PageHeader
        title={`Receipt ${payment.receiptNumber}`}
        description={payment.status === "void" ? "This payment was voided." : "A posted payment. Payments are never edited: void it with a reason."}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/payments?customer=${payment.customerId}`}>
                <ArrowLeft /> Customer
              </Link>
            </Button>
            <Button asChild>
              <a href={`/receipts/${payment.id}`} target="_blank" rel="noopener">
                <Printer /> Print view
              </a>
            </Button>
          </>
        }
      />
      <div className="flex flex-col gap-6">
        <ReceiptDocument payment={payment} issuer={issuer} tenantName={tenant.name} timeZone={tenant.timeZone} />
        {payment.status === "posted" && hasPermission(user, "payments.void") ? (
          <div className="mx-auto w-full max-w-[148mm]">
            <VoidPaymentForm action={voidPaymentAction} id={payment.id} receiptNumber={payment.receiptNumber} />
          </div>
        ) : null}
      </div>
    </>
  );
}
