import type { BackgroundJobRow } from "@/db/queries/background-jobs";
import type { BackgroundJobKind, BackgroundJobStatus } from "@/db/schema";

/** What the browser may know of a job: its progress and where its file is, never its input. */
export type JobView = {
  id: string;
  kind: BackgroundJobKind;
  status: BackgroundJobStatus;
  done: number;
  total: number;
  error: string | null;
  /** Where the finished file downloads from; null until there is one (or once it was pruned). */
  fileHref: string | null;
  fileName: string | null;
  result: Record<string, unknown> | null;
};

export function jobView(job: BackgroundJobRow): JobView {
  return {
    id: job.id,
    kind: job.kind,
    status: job.status,
    done: job.done,
    total: job.total,
    error: job.error,
    fileHref: job.status === "done" && job.hasFile ? `/api/jobs/${job.id}/file` : null,
    fileName: job.fileName,
    result: job.result,
  };
}
