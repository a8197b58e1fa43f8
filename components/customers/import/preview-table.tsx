import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportPreview, PreviewRow } from "@/lib/customers/import/preview";
import { cn } from "@/lib/utils";

/** Rows as the file has them, each problem written under the cell it is about. */
export function PreviewTable({ fields, rows, newBarangays }: { fields: ImportPreview["fields"]; rows: PreviewRow[]; newBarangays: boolean }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-14">Row</TableHead>
            {fields.map((f) => (
              <TableHead key={f.field}>{f.label}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => {
            const blocked = Object.keys(r.errors).length > 0 && !(newBarangays && r.onlyBarangay);
            return (
              <TableRow key={r.row} data-testid={`import-row-${r.row}`} className={cn(blocked && "bg-destructive/5 hover:bg-destructive/10")}>
                <TableCell className="align-top text-muted-foreground tabular-nums">{r.row}</TableCell>
                {fields.map(({ field }) => {
                  const error = r.errors[field];
                  const willCreate = field === "barangay" && newBarangays && r.unknownBarangay;
                  return (
                    <TableCell key={field} className="max-w-64 min-w-28 align-top whitespace-normal">
                      <span className={cn("block break-words", error && !willCreate && "font-medium text-destructive")}>
                        {r.cells[field] || <span className="text-muted-foreground">—</span>}
                      </span>
                      {willCreate ? (
                        <Badge variant="warning" className="mt-1">
                          New barangay
                        </Badge>
                      ) : error ? (
                        <span className="mt-1 block text-xs text-destructive">{error}</span>
                      ) : null}
                    </TableCell>
                  );
                })}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
