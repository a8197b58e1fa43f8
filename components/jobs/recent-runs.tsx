import { Badge } from "@/components/ui/badge";
import type { JobRunRow } from "@/db/queries/job-runs";
import { formatCalendarDate, formatDateTime } from "@/lib/time/format";
import { DayTotals } from "./day-totals";
import { StepResults, type StepInfo } from "./step-results";

type Shown = "done" | "failed" | "running" | "interrupted";

const STATUS: Record<Shown, { label: string; variant: "success" | "destructive" | "outline" }> = {
  done: { label: "Done", variant: "success" },
  failed: { label: "Failed", variant: "destructive" },
  running: { label: "Running", variant: "outline" },
  interrupted: { label: "Interrupted", variant: "destructive" },
};

/** A run still marked running whose lease ran out: its process is gone (the next run marks it failed). */
function shownStatus(run: JobRunRow): Shown {
  return run.status === "running" && run.interrupted ? "interrupted" : run.status;
}

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
        const shown = shownStatus(run);
        const status = STATUS[shown];
        const title = `Run for ${formatCalendarDate(run.runDate)}`;
        const stepsDone = steps.filter((s) => run.summary[s.key] !== undefined).length;
        return (
          <li key={run.id} aria-label={title} className="flex flex-col gap-2 py-3 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">{title}</span>
              <Badge variant={status.variant}>{status.label}</Badge>
              <span className="text-sm text-muted-foreground">
                {startedBy(run)} · {formatDateTime(run.startedAt, timeZone)}
              </span>
            </div>
            {shown === "interrupted" ? (
              <p className="text-sm break-words text-destructive" role="note">
                Stopped without finishing: nothing heard from the process running it since {formatDateTime(run.heartbeatAt, timeZone)}. The steps it
                finished are kept; run this date again to finish it (it picks up where it stopped).
              </p>
            ) : run.error ? (
              <p className="text-sm break-words text-destructive" role="note">
                Stopped with: {run.error}
              </p>
            ) : null}
            {shown === "running" ? (
              <p className="text-sm text-muted-foreground">
                Running now: {stepsDone} of {steps.length} steps done. Reload to see more.
              </p>
            ) : (
              <StepResults steps={steps} summary={run.summary} label={`Steps of the run for ${formatCalendarDate(run.runDate)}`} brief />
            )}
            {run.summary.day ? <DayTotals counts={run.summary.day} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
