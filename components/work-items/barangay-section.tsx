import type { WorkItemRow } from "@/db/queries/work-items";
import type { BarangayGroup } from "./group-by-barangay";
import type { MarkDoneAction } from "./mark-done-form";
import { WorkItemCard } from "./work-item-card";

function countsText(g: BarangayGroup<WorkItemRow>): string {
  const parts: string[] = [];
  if (g.toDisconnect) parts.push(`${g.toDisconnect} to disconnect`);
  if (g.toReconnect) parts.push(`${g.toReconnect} to reconnect`);
  if (g.finished) parts.push(`${g.finished} finished`);
  return parts.join(" · ");
}

/** One barangay's jobs: a technician's round, with what is left to do in the heading. */
export function BarangaySection({
  group,
  today,
  timeZone,
  completeAction,
  canViewCustomer,
}: {
  group: BarangayGroup<WorkItemRow>;
  today: string;
  timeZone: string;
  completeAction?: MarkDoneAction;
  canViewCustomer: boolean;
}) {
  const headingId = `brgy-${group.barangayId}`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b pb-2">
        <h2 id={headingId} className="text-lg font-semibold">
          {group.barangay}
          <span className="text-sm font-normal text-muted-foreground">, {group.city}</span>
        </h2>
        <p className="text-sm text-muted-foreground">{countsText(group)}</p>
      </div>
      <ul className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        {group.items.map((item) => (
          <li key={item.id} className="min-w-0">
            <WorkItemCard item={item} today={today} timeZone={timeZone} completeAction={completeAction} canViewCustomer={canViewCustomer} />
          </li>
        ))}
      </ul>
    </section>
  );
}
