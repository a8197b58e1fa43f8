"use client";

import { useEffect } from "react";
import { CircleAlert, Download, FileStack, RotateCw } from "lucide-react";
import { useJob } from "@/components/background/use-job";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import type { ActionResult } from "@/lib/actions/result";
import type { JobView } from "@/lib/background/view";

type Prepared = JobView & { queued: boolean };
type Action = (prev: ActionResult<Prepared> | null, formData: FormData) => Promise<ActionResult<Prepared>>;

function count(n: number): string {
  return `${n.toLocaleString("en-PH")} ${n === 1 ? "invoice" : "invoices"}`;
}

/**
 * A run's batch PDF (every invoice, one per page, for collectors who deliver
 * paper bills): prepared in the background with its progress shown, then
 * offered for download. The page may be left and come back: the latest job
 * of the run is shown where it is.
 */
export function BatchPdfPanel({ action, runId, invoiceCount, latest }: { action: Action; runId: string; invoiceCount: number; latest: JobView | null }) {
  const { state, pending, onSubmit } = useActionForm(action);
  const [job, setJob] = useJob(latest);
  useEffect(() => {
    if (state?.ok) setJob(state.data);
  }, [state, setJob]);
  const active = job !== null && (job.status === "queued" || job.status === "running");
  const total = job?.total || invoiceCount;
  return (
    <div className="flex flex-col gap-3" data-testid="batch-pdf">
      {state && !state.ok ? <FormMessage state={state} /> : null}
      {active ? (
        <div className="flex flex-col gap-2" role="status">
          <p className="text-sm">
            {job.status === "queued" ? "Waiting to start…" : `Rendering invoices: ${job.done.toLocaleString("en-PH")} of ${count(total)}`}
          </p>
          <Progress value={job.done} max={total} label="Batch PDF progress" />
          <p className="text-xs text-muted-foreground">You can leave this page; the file will be here when it is ready.</p>
        </div>
      ) : null}
      {job?.status === "failed" ? (
        <Alert variant="destructive">
          <CircleAlert />
          <AlertTitle>The batch PDF was not made</AlertTitle>
          <AlertDescription>{job.error}</AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {job?.fileHref ? (
          <Button asChild>
            <a href={job.fileHref} download={job.fileName ?? undefined}>
              <Download /> Download batch PDF ({count(job.total)})
            </a>
          </Button>
        ) : null}
        {active ? null : (
          <form onSubmit={onSubmit} aria-label="Prepare batch PDF">
            <input type="hidden" name="runId" value={runId} />
            <Button type="submit" variant={job?.fileHref ? "outline" : "default"} disabled={pending}>
              {job?.fileHref ? <RotateCw /> : <FileStack />}
              {pending ? "Starting…" : job?.fileHref ? "Prepare again" : `Prepare batch PDF (${count(invoiceCount)})`}
            </Button>
          </form>
        )}
      </div>
    </div>
  );
}
