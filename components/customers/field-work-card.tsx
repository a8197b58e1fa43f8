import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatCalendarDate, formatDateTime } from "@/lib/time/format";

type Job = { id: string; kind: "disconnect" | "reconnect"; dueOn: string; status: "open" | "done" | "cancelled"; reason: string; doneAt: Date | string | null; note: string };

const STATUS_VARIANT = { open: "warning", done: "success", cancelled: "secondary" } as const;

/** Disconnections and reconnections of this customer's lines, as the technicians see them. */
export function CustomerFieldWorkCard({ jobs, timeZone }: { jobs: Job[]; timeZone: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Field work</CardTitle>
        <CardDescription>Disconnections and reconnections the schedule asked for.</CardDescription>
      </CardHeader>
      <CardContent>
        {jobs.length === 0 ? (
          <p className="text-sm text-muted-foreground">None.</p>
        ) : (
          <ol className="flex flex-col gap-3 text-sm" aria-label="Field work for this customer">
            {jobs.map((j) => (
              <li key={j.id} className="flex flex-col gap-1 border-l-2 pl-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{j.kind === "disconnect" ? "Disconnect" : "Reconnect"}</span>
                  <Badge variant={STATUS_VARIANT[j.status]}>{j.status}</Badge>
                  <span className="text-xs text-muted-foreground">
                    {j.status === "done" && j.doneAt ? `done ${formatDateTime(j.doneAt, timeZone)}` : `from ${formatCalendarDate(j.dueOn)}`}
                  </span>
                </div>
                <p className="text-muted-foreground">{[j.reason, j.note].filter(Boolean).join(" · ")}</p>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
