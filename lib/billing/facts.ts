import type { SubscriptionFacts, PlanPrice } from "./compose";
import type { IsoDate } from "./dates";

type Event = { kind: string; effectiveDate: string; fromPlanId: string | null; toPlanId: string | null };

/**
 * A subscription's billing facts from its event history: the plan in effect
 * from each date, and its suspended intervals.
 */
export function factsFromEvents(
  sub: { planId: string; activatedOn: IsoDate; cancelledOn: IsoDate | null; billedElsewhereUntil: IsoDate | null },
  events: Event[],
  plans: Map<string, PlanPrice & { installationFee: number }>,
): SubscriptionFacts {
  const planOf = (id: string | null) => {
    const p = id ? plans.get(id) : undefined;
    if (!p) throw new Error(`plan ${id} missing`);
    return p;
  };
  const created = events.find((e) => e.kind === "created");
  const first = planOf(created?.toPlanId ?? events.find((e) => e.kind === "plan_changed")?.fromPlanId ?? sub.planId);
  const startedOn = created && created.effectiveDate < sub.activatedOn ? created.effectiveDate : sub.activatedOn;
  const spans: { from: IsoDate; plan: PlanPrice & { installationFee: number } }[] = [{ from: startedOn, plan: first }];
  const suspensions: SubscriptionFacts["suspensions"] = [];
  for (const e of events) {
    if (e.kind === "plan_changed" && e.toPlanId) spans.push({ from: e.effectiveDate, plan: planOf(e.toPlanId) });
    if (e.kind === "suspended") suspensions.push({ from: e.effectiveDate, to: null });
    const open = suspensions[suspensions.length - 1];
    if ((e.kind === "resumed" || e.kind === "cancelled") && open && open.to === null) open.to = e.effectiveDate;
  }
  spans.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  // The installation fee of the plan the customer started on.
  const installationFee = [...spans].reverse().find((s) => s.from <= sub.activatedOn)?.plan.installationFee ?? first.installationFee;
  return { activatedOn: sub.activatedOn, cancelledOn: sub.cancelledOn, plans: spans, suspensions, installationFee, billedElsewhereUntil: sub.billedElsewhereUntil };
}
