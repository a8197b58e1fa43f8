import Link from "next/link";
import { Button } from "@/components/ui/button";

/** A plan id that is not this tenant's (or was deleted): say so inside the app, not as a missing workspace. */
export default function PlanNotFound() {
  return (
    <div className="flex max-w-xl flex-col items-start gap-3 py-10">
      <h1 className="text-2xl font-semibold tracking-tight">Plan not found</h1>
      <p className="text-sm text-muted-foreground">It may have been deleted, or the link is wrong.</p>
      <Button asChild variant="outline">
        <Link href="/plans">Back to plans</Link>
      </Button>
    </div>
  );
}
