import { formatCalendarDate } from "@/components/subscriptions/calendar-date";
import type { ImportPreview } from "@/lib/customers/import/preview";
import { plural } from "@/lib/text/plural";

/**
 * Where billing of the imported lines starts, before anything is saved: a
 * line the file gives no billed-until date is taken as billed by the previous
 * system up to the current period, so nobody is back-billed by surprise.
 */
export function ImportBillingNote({ billing }: { billing: ImportPreview["billing"] }) {
  const parts = [
    billing.fromFile ? `${plural(billing.fromFile, "line")} from the day after ${billing.fromFile === 1 ? "its" : "their"} Billed until date` : null,
    billing.assumed
      ? `${plural(billing.assumed, "line")} taken as billed by your previous system up to ${billing.assumedUntil ? formatCalendarDate(billing.assumedUntil) : "the current billing period"}, so FiberBill bills ${billing.assumed === 1 ? "it" : "them"} from the current period (a date in a Billed until column says otherwise)`
      : null,
    billing.fromStart ? `${plural(billing.fromStart, "line")} started in the current period, billed from ${billing.fromStart === 1 ? "its" : "their"} start with the installation fee` : null,
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <p className="text-sm text-muted-foreground">
      <span className="font-medium text-foreground">Billing starts: </span>
      {parts.join("; ")}.
    </p>
  );
}
