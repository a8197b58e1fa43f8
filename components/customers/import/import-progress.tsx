"use client";

import { useEffect } from "react";
import { useJob } from "@/components/background/use-job";
import { Progress } from "@/components/ui/progress";
import type { JobView } from "@/lib/background/view";
import type { ImportResult } from "@/lib/customers/import/preview";

const n = (v: number) => v.toLocaleString("en-PH");

/**
 * A large file being imported in the background: how many customers are
 * written so far. When it ends, the page shows what the import answered
 * (imported, or nothing imported and why) or why the job failed.
 */
export function ImportProgress({ job: queued, onFinished, onFailed }: { job: JobView; onFinished: (result: ImportResult) => void; onFailed: (error: string) => void }) {
  const [job] = useJob(queued);
  const status = job?.status;
  useEffect(() => {
    if (!job) return;
    if (job.status === "done" && job.result) onFinished(job.result as ImportResult);
    if (job.status === "failed") onFailed(job.error ?? "The import stopped before it finished. Nothing was imported.");
  }, [job, status, onFinished, onFailed]);
  const done = job?.done ?? 0;
  const total = job?.total || queued.total;
  return (
    <div className="flex flex-col gap-2 rounded-lg border p-4" role="status">
      <p className="text-sm font-medium">{status === "queued" ? "Waiting to start…" : `Importing customers: ${n(done)} of ${n(total)}`}</p>
      <Progress value={done} max={total} label="Import progress" />
      <p className="text-xs text-muted-foreground">Every row is imported together: if anything fails, nothing is saved. You can stay on this page to see the result.</p>
    </div>
  );
}
