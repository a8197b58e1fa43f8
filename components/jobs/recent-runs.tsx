import { Badge } from "@/components/ui/badge";
import type { JobRunRow } from "@/db/queries/job-runs";
import { formatCalendarDate, formatDateTime } from "@/lib/time/format";
import { StepResults, type StepInfo } from "./step-results";

const STATUS: Record<JobRunRow["status"], { label: string; variant: "success" | "destructive" | "outline" }> = {
  done: { label: "Done", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
  running: { label: "Running", variant: "outline" },
};

function startedBy(run: JobRunRow): string {
  switch (run.trigger) {
    case "schedule":
      return "Schedule";
    case "cli":
      return "Command line";
    case "seed":
      return "Demo data";
    case "user":
      return `Run by ${run.startedBy ?? "a former user"}`;
  }
}

/** The latest runs of the daily job, each with what its steps did: the record that the schedule really runs. */
export function RecentRuns({ runs, steps, timeZone }: { runs: JobRunRow[]; steps: StepInfo[]; timeZone: string }) {
  if (runs.length === 0) return <p className="text-sm text-muted-foreground">No runs yet. The first scheduled run happens tonight.</p>;
  return (
    <ol className="flex flex-col divide-y" aria-label="Recent runs">
      {runs.map((run) => {
        const status = STATUS[run.status];
        const title = `Run for ${formatCalendarDate(run.runDate)}`;
        return (
          <li key={run.id} aria-label={title} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">{title}</span>
              <Badge variant={status.variant}>{status.label}</Badge>
              <span className="text-sm text-muted-foreground">
                {startedBy(run)} · {formatDateTime(run.startedAt, timeZone)}
              </span>
            </div>
            {run.error ? (
              <p className="text-sm break-words text-destructive" role="note">
                Stopped with: {run.error}
              </p>
            ) : null}
            {run.status === "running" ? (
              <p className="text-sm text-muted-foreground">Running now; reload to see what it did.</p>
            ) : (
              <StepResults steps={steps} summary={run.summary} label={`Steps of the run for ${formatCalendarDate(run.runDate)}`} brief />
            )}
          </li>
        );
      })}
    </ol>
  );
}
