import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft, Download, Printer } from "lucide-react";
import { SendDocumentForm } from "@/components/billing/send-document-form";
import { ReceiptDocument } from "@/components/billing/payments/receipt-document";
import { VoidPaymentForm } from "@/components/billing/payments/void-payment-form";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { receiptForMessage } from "@/db/queries/document-recipients";
import { getPayment } from "@/db/queries/payments";
import { sellerDetails } from "@/db/queries/seller";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { describeTargets, sendTargets } from "@/lib/documents/send";
import { hasPermission } from "@/lib/permissions/check";
import { z } from "zod";
import { sendReceiptAction, voidPaymentAction } from "../actions";

export const metadata: Metadata = { title: "Payment" };

export default async function PaymentPage({ params }: PageProps<"/t/[tenant]/payments/[id]">) {
  const { tenant, user } = await requirePermission("payments.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const { payment, issuer, targets } = await withTenant(tenant.id, async (tx) => {
    const contact = await receiptForMessage(tx, { id });
    return { payment: await getPayment(tx, { id }), issuer: await sellerDetails(tx), targets: contact ? await sendTargets(tx, tenant.id, "receipt", contact) : [] };
  });
  if (!payment) notFound();
  const pdf = `/api/pdf/receipts/${payment.id}`;
  return (
    <>
      <PageHeader
        title={`Receipt ${payment.receiptNumber}`}
        description={payment.status === "void" ? "This payment was voided." : "A posted payment. Payments are never edited: void it with a reason."}
        actions={
          <>
            <Button asChild variant="outline">
              <Link href={`/payments?customer=${payment.customerId}`}>
                <ArrowLeft /> Back to account
              </Link>
            </Button>
            <Button asChild variant="outline">
              <a href={`${pdf}?download=1`} download={`${payment.receiptNumber}.pdf`}>
                <Download /> Download PDF
              </a>
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
        {payment.status === "posted" ? (
          <Card className="mx-auto w-full max-w-[148mm]">
            <CardHeader>
              <CardTitle>Send to customer</CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col">
              <SendDocumentForm
                action={sendReceiptAction}
                id={payment.id}
                what="receipt"
                reach={describeTargets(targets)}
                outboxHref={hasPermission(user, "notifications.view") ? `/notifications?q=${encodeURIComponent(payment.accountNo)}&template=receipt_sent` : null}
              />
            </CardContent>
          </Card>
        ) : null}
        {payment.status === "posted" && hasPermission(user, "payments.void") ? (
          <div className="mx-auto w-full max-w-[148mm]">
            <VoidPaymentForm action={voidPaymentAction} id={payment.id} receiptNumber={payment.receiptNumber} />
          </div>
        ) : null}
      </div>
    </>
  );
}
