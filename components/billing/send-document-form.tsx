"use client";

import Link from "next/link";
import { CircleCheck, Send } from "lucide-react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import type { SentDocument } from "@/lib/documents/send";

type Action = (prev: ActionResult<SentDocument> | null, formData: FormData) => Promise<ActionResult<SentDocument>>;

const CHANNEL: Record<"sms" | "email", string> = { sms: "SMS", email: "Email" };

/**
 * "Send to customer" on an invoice or a receipt: one press queues one message
 * per channel the customer has, and says exactly what was queued, to whom.
 */
export function SendDocumentForm({
  action,
  id,
  what,
  reach,
  outboxHref,
}: {
  action: Action;
  id: string;
  /** "invoice" or "receipt", for the button and the note. */
  what: string;
  /** Where it will go, e.g. "SMS to +639175551234 and email to maria@example.com"; null when no channel is on. */
  reach: string | null;
  /** The outbox filtered to this customer, for staff who may see it. */
  outboxHref: string | null;
}) {
  const { state, pending, onSubmit } = useActionForm(action);
  const sent = state?.ok ? state.data : null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={`Send ${what}`}>
      <input type="hidden" name="id" value={id} />
      <p className="text-sm text-muted-foreground">
        {reach
          ? `A message with the amount and a link to the ${what} (works for 30 days, no account needed): ${reach}.`
          : "Nothing would be sent: SMS and email are turned off for this message in Settings > Notifications."}
      </p>
      {state && !state.ok ? <FormMessage state={state} /> : null}
      {sent ? (
        <Alert role="status" data-testid="send-result">
          <CircleCheck />
          <AlertTitle>
            Queued {sent.queued.length === 1 ? "1 message" : `${sent.queued.length} messages`} for {sent.customerName}
          </AlertTitle>
          <AlertDescription>
            <ul className="list-inside list-disc">
              {sent.queued.map((m) => (
                <li key={m.channel}>
                  {CHANNEL[m.channel]} to <span className="font-mono text-xs">{m.recipient}</span>
                </li>
              ))}
            </ul>
            {outboxHref ? (
              <Link href={outboxHref} className="underline underline-offset-4">
                See them in the outbox
              </Link>
            ) : null}
          </AlertDescription>
        </Alert>
      ) : null}
      <Button type="submit" variant="outline" className="self-start" disabled={pending || !reach}>
        <Send /> {pending ? "Sending…" : sent ? `Send ${what} again` : `Send ${what} to customer`}
      </Button>
    </form>
  );
}
