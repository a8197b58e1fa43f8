import { CircleCheck } from "lucide-react";
import Link from "next/link";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { PlantImportResult } from "@/lib/plant/import/preview";
import { plural } from "@/lib/text/plural";

export function PlantImportDone({ result, fileName, onRestart }: { result: PlantImportResult; fileName: string; onRestart: () => void }) {
  const added =
    result.kind === "assignments"
      ? `Connected ${plural(result.ports, "port")} to their subscribers`
      : `Added ${[result.lcps ? plural(result.lcps, "LCP") : null, result.naps ? `${plural(result.naps, "NAP")} (${plural(result.ports, "port")})` : null].filter(Boolean).join(" and ")}`;
  return (
    <div className="flex flex-col gap-4">
      <Alert role="status">
        <CircleCheck />
        <AlertTitle>{added}</AlertTitle>
        <AlertDescription>
          From {fileName}.{" "}
          {result.skipped
            ? `Skipped ${plural(result.skipped, "row")} with problems (${result.skipped === 1 ? "row" : "rows"} ${result.skippedRows.join(", ")}${result.skipped > result.skippedRows.length ? ", …" : ""}).`
            : "No row was skipped."}
          {result.napsWithoutLcp ? ` ${plural(result.napsWithoutLcp, "NAP")} ${result.napsWithoutLcp === 1 ? "has" : "have"} no LCP yet: set it on the NAP's page.` : ""}
        </AlertDescription>
      </Alert>
      <div className="flex flex-wrap gap-2">
        <Button asChild>
          <Link href="/network/plant" prefetch={false}>
            See the plant
          </Link>
        </Button>
        <Button variant="outline" onClick={onRestart}>
          Import another file
        </Button>
      </div>
    </div>
  );
}
