import { Badge } from "@/components/ui/badge";
import { formatSpeed } from "@/components/plans/plan-speed";
import type { CustomerSubscription } from "@/db/queries/subscriptions";
import { formatPesos } from "@/lib/money";
import { allowedActions, type SubscriptionAction } from "@/lib/subscriptions/transitions";
import { formatCalendarDate } from "./calendar-date";
import { SubscriptionActions } from "./subscription-actions";
import { SubscriptionHistory } from "./subscription-history";
import { SubscriptionStatusBadge } from "./subscription-status-badge";
import type { PlanChoice, SubscriptionFormAction } from "./types";

/** One subscription: its plan, label, status, key dates, the actions its status allows, and its history. */
export function SubscriptionCard({
  sub,
  timeZone,
  today,
  edit,
  installsByJob = false,
}: {
  sub: CustomerSubscription;
  timeZone: string;
  today: string;
  /** Present when the viewer holds customers.edit. */
  edit: { actions: Record<SubscriptionAction, SubscriptionFormAction>; plans: PlanChoice[] } | null;
  /** The ISP records its plant: this line, unless brought over from another system, is activated by its installation job. */
  installsByJob?: boolean;
}) {
  const byJob = installsByJob && sub.status === "pending" && !sub.billedElsewhereUntil;
  const allowed = allowedActions(sub.status).filter((a) => !(byJob && a === "activate"));
  return (
    <article className="flex flex-col gap-3 rounded-lg border p-3 sm:p-4" aria-label={`${sub.planName}${sub.label ? ` (${sub.label})` : ""}`}>
      <header className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 className="flex flex-wrap items-center gap-2 font-medium">
            {sub.planName}
            {sub.label ? <Badge variant="outline">{sub.label}</Badge> : null}
          </h3>
          <p className="text-sm text-muted-foreground">
            {formatSpeed(sub.downloadMbps, sub.uploadMbps)} · {formatPesos(sub.monthlyFee)}/month
            {sub.planStatus === "archived" ? " · archived plan" : ""}
          </p>
        </div>
        <div className="shrink-0">
          <SubscriptionStatusBadge status={sub.status} />
        </div>
      </header>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-muted-foreground">Start date</dt>
          <dd>{formatCalendarDate(sub.startDate)}</dd>
        </div>
        <div>
          <dt className="text-muted-foreground">Activated</dt>
          <dd>{sub.activatedOn ? formatCalendarDate(sub.activatedOn) : sub.status === "cancelled" ? "Never" : "Not yet"}</dd>
        </div>
        {sub.billedElsewhereUntil ? (
          <div>
            <dt className="text-muted-foreground">Billed elsewhere until</dt>
            <dd>
              {formatCalendarDate(sub.billedElsewhereUntil)}
              <span className="block text-muted-foreground">by the previous system</span>
            </dd>
          </div>
        ) : null}
        {sub.cancelledOn ? (
          <div>
            <dt className="text-muted-foreground">Cancelled</dt>
            <dd>
              {formatCalendarDate(sub.cancelledOn)}
              {sub.cancelReason ? <span className="block text-muted-foreground">{sub.cancelReason}</span> : null}
            </dd>
          </div>
        ) : null}
      </dl>
      {byJob ? <p className="text-sm text-muted-foreground">Activated by its installation job: schedule it under Connection.</p> : null}
      {/* Rendered even when nothing is allowed any more, so the outcome of the last action stays visible. */}
      {edit ? (
        <SubscriptionActions
          subscriptionId={sub.id}
          allowed={allowed}
          actions={edit.actions}
          today={today}
          plans={edit.plans.filter((p) => p.id !== sub.planId)}
        />
      ) : null}
      {sub.events.length > 0 ? <SubscriptionHistory events={sub.events} timeZone={timeZone} open={sub.status !== "cancelled"} /> : null}
    </article>
  );
}
