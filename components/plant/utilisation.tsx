import type { PortCounts } from "@/db/queries/plant-lists";
import { cn } from "@/lib/utils";

/** "5 / 8 in use" with a bar: in use, reserved and faulty ports against the box's (or area's) total. */
export function Utilisation({ counts, className }: { counts: PortCounts; className?: string }) {
  const { total, inUse, reserved, faulty, free } = counts;
  const pct = (n: number) => (total === 0 ? 0 : (n / total) * 100);
  if (total === 0) return <span className={cn("text-sm text-muted-foreground", className)}>No NAP ports yet</span>;
  const label = `${inUse} of ${total} ports in use${reserved ? `, ${reserved} reserved` : ""}${faulty ? `, ${faulty} faulty` : ""}, ${free} free`;
  return (
    <div className={cn("min-w-28", className)} title={label}>
      <div className="flex items-baseline justify-between gap-2 text-sm tabular-nums">
        <span>
          {inUse + reserved} / {total}
        </span>
        <span className={cn("text-xs", free === 0 ? "font-medium text-destructive" : "text-muted-foreground")}>{free === 0 ? "full" : `${free} free`}</span>
      </div>
      <div className="mt-1 flex h-1.5 overflow-hidden rounded-full bg-muted" role="img" aria-label={label}>
        <div className="bg-primary" style={{ width: `${pct(inUse)}%` }} />
        <div className="bg-amber-500" style={{ width: `${pct(reserved)}%` }} />
        <div className="bg-destructive" style={{ width: `${pct(faulty)}%` }} />
      </div>
    </div>
  );
}
