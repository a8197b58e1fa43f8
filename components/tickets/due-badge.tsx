import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/time/format";

/** When a ticket is due, red once the time has passed while it is still being worked on. */
export function DueBadge({ due, done, now, timeZone }: { due: Date; done: boolean; now: Date; timeZone: string }) {
  if (done) return <span className="text-muted-foreground">{formatDateTime(due, timeZone)}</span>;
  const breached = due.getTime() < now.getTime();
  return breached ? <Badge variant="destructive">Overdue since {formatDateTime(due, timeZone)}</Badge> : <span className="tabular-nums">{formatDateTime(due, timeZone)}</span>;
}
