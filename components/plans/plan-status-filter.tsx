import Link from "next/link";
import type { PlanStatusFilter as Filter } from "@/db/queries/plans";
import { cn } from "@/lib/utils";

const OPTIONS: { value: Filter; label: string }[] = [
  { value: "active", label: "Active" },
  { value: "archived", label: "Archived" },
  { value: "all", label: "All" },
];

/** Links, not state: the filter lives in the URL (?status=archived) so it can be bookmarked. */
export function PlanStatusFilter({ current, counts }: { current: Filter; counts: Record<"active" | "archived", number> }) {
  const count = (f: Filter) => (f === "all" ? counts.active + counts.archived : counts[f]);
  return (
    <nav aria-label="Filter plans by status" className="mb-4 inline-flex rounded-lg border bg-muted/40 p-1 text-sm">
      {OPTIONS.map((o) => (
        <Link
          key={o.value}
          href={o.value === "active" ? "/plans" : `/plans?status=${o.value}`}
          aria-current={o.value === current ? "page" : undefined}
          className={cn(
            "rounded-md px-3 py-1.5 font-medium text-muted-foreground hover:text-foreground",
            o.value === current && "bg-background text-foreground shadow-xs",
          )}
        >
          {o.label} <span className="text-xs tabular-nums text-muted-foreground">{count(o.value)}</span>
        </Link>
      ))}
    </nav>
  );
}
