import { cn } from "@/lib/utils";

const STEPS = ["Upload", "Preview", "Import"] as const;

/** Where the user is in the plant import; the current step is announced to screen readers. */
export function PlantImportSteps({ current }: { current: 0 | 1 | 2 }) {
  return (
    <ol className="flex flex-wrap gap-x-4 gap-y-2 text-sm" aria-label="Import steps">
      {STEPS.map((label, i) => (
        <li key={label} aria-current={i === current ? "step" : undefined} className="flex items-center gap-2">
          <span
            className={cn(
              "flex size-6 items-center justify-center rounded-full border text-xs font-medium",
              i < current && "border-primary bg-primary/10 text-primary",
              i === current && "border-primary bg-primary text-primary-foreground",
              i > current && "text-muted-foreground",
            )}
          >
            {i + 1}
          </span>
          <span className={cn(i === current ? "font-medium" : "text-muted-foreground")}>{label}</span>
        </li>
      ))}
    </ol>
  );
}
