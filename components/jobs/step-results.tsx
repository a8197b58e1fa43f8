import { describeCounts, didSomething } from "./step-counts";

export type StepInfo = { key: string; label: string };

/**
 * What each step of one run did, in the pipeline's order. `brief` leaves out
 * the steps that had nothing to do (a list of many runs stays short).
 */
export function StepResults({ steps, summary, label, brief = false }: { steps: StepInfo[]; summary: Record<string, Record<string, number>>; label: string; brief?: boolean }) {
  const shown = brief ? steps.filter((s) => didSomething(summary[s.key])) : steps;
  if (shown.length === 0) return <p className="text-sm text-muted-foreground">Nothing to do on any step.</p>;
  return (
    <dl aria-label={label} className="grid gap-x-4 gap-y-1.5 text-sm sm:grid-cols-[12rem_1fr]">
      {shown.map((s) => (
        <div key={s.key} className="contents">
          <dt className="font-medium">{s.label}</dt>
          <dd className="mb-1 text-muted-foreground sm:mb-0">{describeCounts(summary[s.key]).join(" · ")}</dd>
        </div>
      ))}
    </dl>
  );
}
