"use client";

import { useEffect } from "react";
import { CircleAlert } from "lucide-react";
import { useJob } from "@/components/background/use-job";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import type { ActionResult } from "@/lib/actions/result";
import type { JobView } from "@/lib/background/view";
import { formatPesos } from "@/lib/money";
import { useIdempotencyKey } from "./idempotency-key";

type RunAnswer = { redirectTo: string } | { job: JobView; queued: boolean };
type Action = (prev: ActionResult<RunAnswer> | null, formData: FormData) => Promise<ActionResult<RunAnswer>>;

/** The confirm step after a preview: creates exactly the invoices shown (a re-run adds nothing). */
export function RunConfirmForm({ action, runDate, count, total }: { action: Action; runDate: string; count: number; total: number }) {
  const { state, pending, onSubmit } = useActionForm(action);
  const { field: idempotencyKey } = useIdempotencyKey();
  const queued = state?.ok && "job" in state.data ? state.data.job : null;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Create invoices">
      <FormMessage state={state} />
      <input type="hidden" name="runDate" value={runDate} />
      {idempotencyKey}
      {queued ? (
        <RunProgress key={queued.id} job={queued} />
      ) : (
        <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
          <Button type="submit" disabled={pending}>
            {pending ? "Creating invoices…" : `Create ${count.toLocaleString("en-PH")} ${count === 1 ? "invoice" : "invoices"}`}
          </Button>
          <p className="text-sm text-muted-foreground">
            Totalling {formatPesos(total)}. Numbers are taken in order and never reused.
          </p>
        </div>
      )}
    </form>
  );
}

/** A large run in the background: invoices written so far, then the run's page. */
function RunProgress({ job: queued }: { job: JobView }) {
  const [job] = useJob(queued);
  const target = job?.status === "done" && typeof job.result?.redirectTo === "string" ? job.result.redirectTo : null;
  useEffect(() => {
    // A full navigation, like the form's own redirects (the tenant routes are reached through the proxy's rewrite).
    if (target) window.location.assign(target);
  }, [target]);
  if (job?.status === "failed") {
    return (
      <Alert variant="destructive">
        <CircleAlert />
        <AlertDescription>{job.error}</AlertDescription>
      </Alert>
    );
  }
  const done = job?.done ?? 0;
  const of = job?.total || queued.total;
  const started = job?.status === "running" && done > 0;
  return (
    <div className="flex flex-col gap-2" role="status">
      <p className="text-sm">
        {job?.status === "queued" ? "Waiting to start…" : target ? "Done: opening the run…" : started ? `Creating invoices: ${done.toLocaleString("en-PH")} of ${of.toLocaleString("en-PH")}` : "Reading subscriptions and composing invoices…"}
      </p>
      <Progress value={target ? of : done} max={of} label="Billing run progress" />
      <p className="text-xs text-muted-foreground">The run is created in the background; you can leave this page and find it under Billing when it is done.</p>
    </div>
  );
}
