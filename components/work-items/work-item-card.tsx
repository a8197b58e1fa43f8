import Link from "next/link";
import { CircleCheck, CircleSlash, MapPin, Navigation, Phone } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { WorkItemRow } from "@/db/queries/work-items";
import { formatPhMobile } from "@/lib/customers/mobile";
import { navigationUrl } from "@/lib/customers/navigation";
import { formatCalendarDate, formatDateTime } from "@/lib/time/format";
import { NOTE_MAX } from "@/lib/validations/work-items";
import { KIND_LABEL, WorkKindBadge } from "./kind-badge";
import { MarkDoneForm, type MarkDoneAction } from "./mark-done-form";

type Props = {
  item: WorkItemRow;
  today: string;
  timeZone: string;
  /** The "Mark done" server action; left out for those who may not complete jobs. */
  completeAction?: MarkDoneAction;
  /** Link the customer's name only for those who may open the customer page. */
  canViewCustomer: boolean;
};

/** One field job as a card: what to do, at whose door, how to call them, and its state. */
export function WorkItemCard({ item, today, timeZone, completeAction, canViewCustomer }: Props) {
  const name = `${item.firstName} ${item.lastName}`.trim();
  const overdue = item.status === "open" && item.dueOn < today;
  const what = `${KIND_LABEL[item.kind]} ${item.accountNo} ${name}`;
  return (
    <article aria-label={what} className="flex flex-col gap-3 rounded-xl border bg-card p-4 text-sm shadow-sm data-[status=done]:bg-muted/40 data-[status=cancelled]:bg-muted/40" data-status={item.status}>
      <div className="flex flex-wrap items-center gap-2">
        <WorkKindBadge kind={item.kind} />
        {overdue ? <Badge variant="warning">Overdue</Badge> : null}
        <span className="ml-auto text-muted-foreground">Due {formatCalendarDate(item.dueOn)}</span>
      </div>
      <div className="min-w-0">
        <p className="font-medium break-words">
          <span className="font-mono text-muted-foreground">{item.accountNo}</span>{" "}
          {canViewCustomer ? (
            <Link href={`/customers/${item.customerId}`} className="underline-offset-4 hover:underline">
              {name}
            </Link>
          ) : (
            name
          )}
        </p>
        <p className="mt-1 flex items-start gap-1.5 text-muted-foreground">
          <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden />
          <span className="break-words">{[item.addressLine, item.barangay].filter(Boolean).join(", ")}</span>
        </p>
        <p className="mt-1 flex flex-wrap gap-x-4">
          <a href={`tel:${item.mobile}`} className="inline-flex min-h-9 items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline">
            <Phone className="size-4" aria-hidden /> {formatPhMobile(item.mobile)}
          </a>
          {/* Opens the phone's map app: the GPS point when recorded, else the address. */}
          <a
            href={navigationUrl(item)}
            target="_blank"
            rel="noreferrer"
            aria-label={`Navigate to ${name}`}
            className="inline-flex min-h-9 items-center gap-1.5 font-medium text-primary underline-offset-4 hover:underline"
          >
            <Navigation className="size-4" aria-hidden /> Navigate
          </a>
        </p>
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted-foreground">Plan</dt>
        <dd>{item.lineLabel ? `${item.plan} · ${item.lineLabel}` : item.plan}</dd>
        <dt className="text-muted-foreground">Reason</dt>
        <dd className="break-words">{item.reason}</dd>
      </dl>
      <JobState item={item} timeZone={timeZone} completeAction={completeAction} what={what} />
    </article>
  );
}

function JobState({ item, timeZone, completeAction, what }: { item: WorkItemRow; timeZone: string; completeAction?: MarkDoneAction; what: string }) {
  if (item.status === "done") {
    return (
      <div className="flex flex-col gap-1 border-t pt-3" role="status">
        <p className="flex items-center gap-1.5 font-medium text-success">
          <CircleCheck className="size-4" aria-hidden /> Done {formatDateTime(item.doneAt, timeZone)} by {item.doneBy ?? "the system"}
        </p>
        {item.note ? <p className="break-words text-muted-foreground">Note: {item.note}</p> : null}
      </div>
    );
  }
  if (item.status === "cancelled") {
    return (
      <p className="flex items-center gap-1.5 border-t pt-3 text-muted-foreground">
        <CircleSlash className="size-4" aria-hidden /> Cancelled{item.note ? `: ${item.note}` : ""}
      </p>
    );
  }
  if (!completeAction) return null;
  return (
    <div className="border-t pt-3">
      <MarkDoneForm action={completeAction} id={item.id} what={what} noteMax={NOTE_MAX} />
    </div>
  );
}
