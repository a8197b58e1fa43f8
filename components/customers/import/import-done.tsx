import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ImportResult } from "@/lib/customers/import/preview";

const n = (v: number) => v.toLocaleString("en-PH");

export function ImportDone({ result, onRestart }: { result: Extract<ImportResult, { status: "imported" }>; onRestart: () => void }) {
  const extras = [
    result.subscriptions ? `${n(result.subscriptions)} ${result.subscriptions === 1 ? "subscription" : "subscriptions"}` : null,
    result.barangaysCreated ? `${n(result.barangaysCreated)} new ${result.barangaysCreated === 1 ? "barangay" : "barangays"}` : null,
  ].filter(Boolean);
  return (
    <div className="flex flex-col gap-4">
      <Alert role="status">
        <CircleCheck />
        <AlertTitle>
          Imported {n(result.customers)} {result.customers === 1 ? "customer" : "customers"}
        </AlertTitle>
        <AlertDescription>
          Account numbers {result.firstAccountNo}
          {result.customers > 1 ? ` to ${result.lastAccountNo}` : ""}
          {extras.length ? `, with ${extras.join(" and ")}` : ""}.
        </AlertDescription>
      </Alert>
      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <Link href="/customers">See customers</Link>
        </Button>
        <Button variant="outline" onClick={onRestart}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
