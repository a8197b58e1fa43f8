import { addDays } from "@/lib/billing/dates";

const dateFmt = new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone: "UTC" });

/** A calendar date (YYYY-MM-DD, already the tenant's) as "Jan 15, 2026"; read as UTC so no zone shifts the day. */
export function formatIsoDate(iso: string | null | undefined): string {
  if (!iso) return "—";
  return dateFmt.format(new Date(`${iso}T00:00:00Z`));
}

/** A half-open period [start, end) shown with its last day: "Jan 1, 2026 – Jan 31, 2026". */
export function formatPeriod(start: string | null | undefined, end: string | null | undefined): string {
  if (!start) return "—";
  if (!end) return formatIsoDate(start);
  return `${formatIsoDate(start)} – ${formatIsoDate(addDays(end, -1))}`;
}
