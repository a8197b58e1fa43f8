import { Cable } from "lucide-react";
import { cn } from "@/lib/utils";

export function Logo({ className, label = "FiberBill" }: { className?: string; label?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <span className="flex size-7 items-center justify-center rounded-md bg-primary text-primary-foreground">
        <Cable className="size-4" aria-hidden />
      </span>
      {label}
    </span>
  );
}
