import type { SubscriptionEventRow } from "@/db/queries/subscriptions";
import { formatDateTime } from "@/lib/time/format";
import { formatCalendarDate } from "./calendar-date";

function describe(e: SubscriptionEventRow): string {
  switch (e.kind) {
    case "created":
      return e.toPlanName ? `Added on ${e.toPlanName}` : "Added";
    case "activated":
      return "Activated";
    case "suspended":
      return "Suspended";
    case "resumed":
      return "Resumed";
    case "cancelled":
      return "Cancelled";
    case "plan_changed":
      return `Plan changed from ${e.fromPlanName ?? "a deleted plan"} to ${e.toPlanName ?? "a deleted plan"}`;
  }
}

/** Every change of one subscription, newest first: the date it takes effect, what, why, who and when it was recorded. */
export function SubscriptionHistory({ events, timeZone, open }: { events: SubscriptionEventRow[]; timeZone: string; open: boolean }) {
  return (
    <details open={open} className="group border-t pt-3">
      <summary className="cursor-pointer text-sm font-medium text-muted-foreground select-none hover:text-foreground">
        History ({events.length})
      </summary>
      <ol className="mt-3 flex flex-col gap-3 border-l pl-4">
        {events.map((e) => (
          <li key={e.id} className="relative text-sm">
            <span aria-hidden className="absolute top-1.5 -left-[21px] size-2 rounded-full bg-muted-foreground/60" />
            <div className="flex flex-wrap items-baseline gap-x-2">
              <time dateTime={e.effectiveDate} className="text-muted-foreground tabular-nums">
                {formatCalendarDate(e.effectiveDate)}
              </time>
              <span className="font-medium">{describe(e)}</span>
            </div>
            {e.reason ? <p className="text-muted-foreground">Reason: {e.reason}</p> : null}
            <p className="text-xs text-muted-foreground">
              {e.changedByName ? `By ${e.changedByName}` : "By the system"} · recorded {formatDateTime(e.createdAt, timeZone)}
            </p>
          </li>
        ))}
      </ol>
    </details>
  );
}
