import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { PlantImportPreview, PreviewRow } from "@/lib/plant/import/preview";
import { cn } from "@/lib/utils";

type Props = { fields: PlantImportPreview["fields"]; rows: PreviewRow[]; rowLabel: string };

const blocked = (r: PreviewRow) => Object.keys(r.errors).length > 0;

/** Rows as the file has them, each problem (red) or assumption (amber) under its cell: a table from tablet width, cards on a phone. */
export function PlantPreviewTable(props: Props) {
  return (
    <>
      <PreviewCards {...props} />
      <PreviewGrid {...props} />
    </>
  );
}

function CellNote({ row, field }: { row: PreviewRow; field: string }) {
  const error = row.errors[field];
  if (error) return <span className="mt-1 block text-xs text-destructive">{error}</span>;
  const note = row.notes[field];
  return note ? <span className="mt-1 block text-xs text-warning-foreground dark:text-warning">{note}</span> : null;
}

function PreviewCards({ fields, rows, rowLabel }: Props) {
  return (
    <ul className="flex flex-col gap-3 sm:hidden">
      {rows.map((r) => (
        <li key={r.row} data-testid={`plant-card-${r.row}`} className={cn("rounded-lg border p-3 text-sm", blocked(r) && "border-destructive/40 bg-destructive/5")}>
          <p className="mb-2 font-medium">
            {rowLabel} {r.row}
            {blocked(r) ? <span className="ml-2 text-xs font-normal text-destructive">skipped</span> : null}
          </p>
          <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-3 gap-y-1.5">
            {fields
              .filter(({ field }) => r.cells[field] || r.errors[field] || r.notes[field])
              .map(({ field, label }) => (
                <div key={field} className="contents">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="min-w-0 break-words">
                    <span className={cn("block", r.errors[field] && "font-medium text-destructive")}>{r.cells[field] || "—"}</span>
                    <CellNote row={r} field={field} />
                  </dd>
                </div>
              ))}
          </dl>
        </li>
      ))}
    </ul>
  );
}

function PreviewGrid({ fields, rows, rowLabel }: Props) {
  return (
    <div className="hidden rounded-lg border sm:block">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-14">{rowLabel}</TableHead>
            {fields.map((f) => (
              <TableHead key={f.field}>{f.label}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.row} data-testid={`plant-row-${r.row}`} className={cn(blocked(r) && "bg-destructive/5 hover:bg-destructive/10")}>
              <TableCell className="align-top text-muted-foreground tabular-nums">{r.row}</TableCell>
              {fields.map(({ field }) => (
                <TableCell key={field} className="max-w-64 min-w-20 align-top whitespace-normal">
                  <span className={cn("block break-words", r.errors[field] && "font-medium text-destructive")}>
                    {r.cells[field] || <span className="text-muted-foreground">—</span>}
                  </span>
                  <CellNote row={r} field={field} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
