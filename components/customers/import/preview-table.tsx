import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportField } from "@/lib/customers/import/fields";
import type { ImportPreview, PreviewRow } from "@/lib/customers/import/preview";
import { cn } from "@/lib/utils";

type Props = { fields: ImportPreview["fields"]; rows: PreviewRow[]; newBarangays: boolean };

const blockedRow = (r: PreviewRow, newBarangays: boolean) => Object.keys(r.errors).length > 0 && !(newBarangays && r.onlyBarangay);

/** Rows as the file has them, each problem written under the cell it is about: a table from tablet width, cards on a phone. */
export function PreviewTable(props: Props) {
  return (
    <>
      <PreviewCards {...props} />
      <PreviewGrid {...props} />
    </>
  );
}

function CellNote({ row, field, newBarangays }: { row: PreviewRow; field: ImportField; newBarangays: boolean }) {
  if (field === "barangay" && newBarangays && row.unknownBarangay) {
    return (
      <Badge variant="warning" className="mt-1">
        New barangay
      </Badge>
    );
  }
  const error = row.errors[field];
  return error ? <span className="mt-1 block text-xs text-destructive">{error}</span> : null;
}

function hasError(row: PreviewRow, field: ImportField, newBarangays: boolean) {
  return Boolean(row.errors[field]) && !(field === "barangay" && newBarangays && row.unknownBarangay);
}

function PreviewCards({ fields, rows, newBarangays }: Props) {
  return (
    <ul className="flex flex-col gap-3 sm:hidden">
      {rows.map((r) => (
        <li key={r.row} className={cn("rounded-lg border p-3 text-sm", blockedRow(r, newBarangays) && "border-destructive/40 bg-destructive/5")}>
          <p className="mb-2 font-medium">Row {r.row}</p>
          <dl className="grid grid-cols-[7rem_minmax(0,1fr)] gap-x-3 gap-y-1.5">
            {fields
              .filter(({ field }) => r.cells[field] || r.errors[field])
              .map(({ field, label }) => (
                <div key={field} className="contents">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="min-w-0 break-words">
                    <span className={cn("block", hasError(r, field, newBarangays) && "font-medium text-destructive")}>{r.cells[field] || "—"}</span>
                    <CellNote row={r} field={field} newBarangays={newBarangays} />
                  </dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function PreviewGrid({ fields, rows, newBarangays }: Props) {
  return (
    <div className="hidden rounded-lg border sm:block">
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
          {rows.map((r) => (
            <TableRow key={r.row} data-testid={`import-row-${r.row}`} className={cn(blockedRow(r, newBarangays) && "bg-destructive/5 hover:bg-destructive/10")}>
              <TableCell className="align-top text-muted-foreground tabular-nums">{r.row}</TableCell>
              {fields.map(({ field }) => (
                <TableCell key={field} className="max-w-64 min-w-28 align-top whitespace-normal">
                  <span className={cn("block break-words", hasError(r, field, newBarangays) && "font-medium text-destructive")}>
                    {r.cells[field] || <span className="text-muted-foreground">—</span>}
                  </span>
                  <CellNote row={r} field={field} newBarangays={newBarangays} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
