import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { CsvPreviewRow } from "@/lib/barangays/csv-import";

const STATUS = {
  ok: { label: "Ready", variant: "success" },
  bad: { label: "Bad", variant: "destructive" },
  duplicate: { label: "Duplicate", variant: "warning" },
} as const;

/** The checked rows of a barangay CSV, with each problem next to its row; on a phone the place folds under the name. */
export function CsvPreviewTable({ rows }: { rows: CsvPreviewRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-px">Line</TableHead>
            <TableHead>Barangay</TableHead>
            <TableHead className="hidden md:table-cell">City / municipality</TableHead>
            <TableHead className="hidden md:table-cell">Province</TableHead>
            <TableHead className="hidden sm:table-cell">PSGC code</TableHead>
            <TableHead>Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.line} data-testid={`csv-line-${r.line}`} data-status={r.status} className={r.status === "bad" ? "bg-destructive/5" : undefined}>
              <TableCell className="align-top tabular-nums text-muted-foreground">{r.line}</TableCell>
              <TableCell className="align-top">
                <div className="font-medium">{r.name || <span className="text-muted-foreground italic">(empty)</span>}</div>
                <div className="text-xs text-muted-foreground md:hidden">{[r.city, r.province].filter(Boolean).join(", ")}</div>
                {r.psgcCode ? <div className="font-mono text-xs text-muted-foreground sm:hidden">{r.psgcCode}</div> : null}
              </TableCell>
              <TableCell className="hidden align-top md:table-cell">{r.city}</TableCell>
              <TableCell className="hidden align-top md:table-cell">{r.province}</TableCell>
              <TableCell className="hidden align-top font-mono text-xs tabular-nums sm:table-cell">{r.psgcCode}</TableCell>
              <TableCell className="align-top whitespace-normal">
                <Badge variant={STATUS[r.status].variant}>{STATUS[r.status].label}</Badge>
                {r.messages.map((m) => (
                  <p key={m} className={r.status === "bad" ? "mt-1 text-xs text-destructive" : "mt-1 text-xs text-muted-foreground"}>
                    {m}
                  </p>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
