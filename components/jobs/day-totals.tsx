import { describeCounts } from "./step-counts";

/** What the whole day did, over every run of its date: a run that finished an interrupted day reports all of it. */
export function DayTotals({ counts }: { counts: Record<string, number> }) {
  return (
    <p className="text-sm">
      <span className="font-medium">The day in total:</span> <span className="text-muted-foreground">{describeCounts(counts).join(" · ")}</span>
    </p>
  );
}
