"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { CircleCheck, Printer, UserRoundSearch } from "lucide-react";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatPesos } from "@/lib/money";
import type { PostedPayment } from "@/app/(tenant)/t/[tenant]/(app)/payments/actions";

/** What the cashier tells the customer: the receipt number, where the money went, and what is still owed or held as credit. */
export function PaymentResult({ result }: { result: PostedPayment }) {
  const next = useRef<HTMLAnchorElement>(null);
  // Focus on "Next customer" so Enter moves the queue along (React's autoFocus skips links).
  useEffect(() => next.current?.focus(), []);
  return (
    <div className="flex flex-col gap-4" aria-live="polite">
      <Alert role="status">
        <CircleCheck />
        <AlertTitle>
          Posted {formatPesos(result.amount)}: receipt <span className="font-mono">{result.receiptNumber}</span>
        </AlertTitle>
        <AlertDescription>
          {result.allocations.length ? (
            <ul className="mt-1 w-full">
              {result.allocations.map((a) => (
                <li key={a.number} className="flex justify-between gap-4 tabular-nums">
                  <span>
                    Paid to <span className="font-mono">{a.number}</span>
                  </span>
                  <span>{formatPesos(a.amount)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p>No open invoices: the whole amount is credit.</p>
          )}
          {result.reconnects > 0 ? (
            <p className="text-foreground">
              {result.reconnects === 1 ? "The line" : `${result.reconnects} lines`} will be reconnected: the technician gets the job in Field work
              {result.reconnectionFee > 0 ? `; reconnection fee ${formatPesos(result.reconnectionFee)} charged` : ""}.
            </p>
          ) : null}
          <p className="mt-1 font-medium text-foreground" data-testid="balance-after">
            {result.balance > 0
              ? `Still owed: ${formatPesos(result.balance)}`
              : result.balance < 0
                ? `Credit for the next invoice: ${formatPesos(-result.balance)}`
                : "Nothing owed: the account is clear."}
          </p>
        </AlertDescription>
      </Alert>
      <div className="flex flex-col gap-2 sm:flex-row">
        <Button asChild size="lg" className="h-11">
          <a href={`/receipts/${result.id}?print=1`} target="_blank" rel="noopener">
            <Printer /> Print receipt
          </a>
        </Button>
        <Button asChild size="lg" variant="outline" className="h-11">
          <Link href="/payments" ref={next}>
            <UserRoundSearch /> Next customer
          </Link>
        </Button>
      </div>
    </div>
  );
}
