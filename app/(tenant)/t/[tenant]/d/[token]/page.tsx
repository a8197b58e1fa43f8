import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Download, FileText, LinkIcon } from "lucide-react";
import { formatIsoDate } from "@/components/billing/format";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { getConnection } from "@/db/client";
import { getRequestTenant } from "@/lib/auth/current";
import { openSharedDocument } from "@/lib/documents/shared";
import { env } from "@/lib/env";
import { formatPesos } from "@/lib/money";
import { tenantDate } from "@/lib/time/format";

export const metadata: Metadata = { title: "Your document", robots: { index: false, follow: false } };

/**
 * The page a customer reaches from a sent invoice or receipt (SMS or email), without an account: the
 * document in two lines and its PDF, or, for an expired or altered link, what happened and what to do.
 */
export default async function SharedDocumentPage({ params }: PageProps<"/t/[tenant]/d/[token]">) {
  const { token } = await params;
  const tenant = await getRequestTenant();
  if (!tenant) notFound();
  const { app } = await getConnection();
  const doc = await openSharedDocument(app, tenant.id, token, env.AUTH_SECRET);
  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4 py-12">
      <Card className="w-full max-w-md">
        {doc.ok ? (
          <>
            <CardHeader>
              <CardDescription>{tenant.name}</CardDescription>
              <CardTitle className="flex items-center gap-2 text-xl">
                <FileText className="size-5" aria-hidden />
                {doc.kind === "invoice" ? `Invoice ${doc.number}` : `Official receipt ${doc.number}`}
              </CardTitle>
            </CardHeader>
            <CardContent className="flex flex-col gap-4">
              <dl className="grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                <dt className="text-muted-foreground">Customer</dt>
                <dd>{doc.customerName}</dd>
                {doc.kind === "invoice" ? (
                  <>
                    <dt className="text-muted-foreground">Total</dt>
                    <dd className="tabular-nums">{formatPesos(doc.total)}</dd>
                    <dt className="text-muted-foreground">Still to pay</dt>
                    <dd className="font-medium tabular-nums" data-testid="shared-amount">
                      {formatPesos(doc.amount)}
                    </dd>
                    <dt className="text-muted-foreground">Due</dt>
                    <dd>{formatIsoDate(doc.date)}</dd>
                  </>
                ) : (
                  <>
                    <dt className="text-muted-foreground">Amount received</dt>
                    <dd className="font-medium tabular-nums" data-testid="shared-amount">
                      {formatPesos(doc.amount)}
                    </dd>
                    <dt className="text-muted-foreground">Paid on</dt>
                    <dd>{formatIsoDate(doc.date)}</dd>
                  </>
                )}
              </dl>
              {doc.status === "void" ? <p className="text-sm font-medium text-destructive">This {doc.kind} was voided and is no longer valid.</p> : null}
              <div className="flex flex-wrap gap-2">
                <Button asChild>
                  <a href={`/d/${token}/pdf`} target="_blank" rel="noopener">
                    <FileText /> Open PDF
                  </a>
                </Button>
                <Button asChild variant="outline">
                  <a href={`/d/${token}/pdf?download=1`}>
                    <Download /> Download
                  </a>
                </Button>
              </div>
              <p className="text-xs text-muted-foreground">This link works until {formatIsoDate(tenantDate(doc.expiresAt, tenant.timeZone))}. Keep the PDF for your records.</p>
            </CardContent>
          </>
        ) : (
          <CardHeader>
            <CardDescription>{tenant.name}</CardDescription>
            <CardTitle className="flex items-center gap-2 text-xl">
              <LinkIcon className="size-5" aria-hidden />
              {doc.reason === "expired" ? "This link has expired" : "This link is not valid"}
            </CardTitle>
            <p className="text-sm text-muted-foreground" data-testid="shared-problem">
              {doc.reason === "expired"
                ? `Links to invoices and receipts work for 30 days. Ask ${tenant.name} to send the document again.`
                : `Check that you opened the whole link from the message. If it still does not open, ask ${tenant.name} to send the document again.`}
            </p>
          </CardHeader>
        )}
      </Card>
    </main>
  );
}
