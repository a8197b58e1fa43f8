import Link from "next/link";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { BarangayListRow } from "@/db/queries/barangays";

/** The barangay list; on a phone the place and PSGC code fold under the name, so nothing scrolls sideways. */
export function BarangayTable({ rows, canEdit, filtered }: { rows: BarangayListRow[]; canEdit: boolean; filtered: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Barangay</TableHead>
            <TableHead className="hidden sm:table-cell">City / municipality</TableHead>
            <TableHead className="hidden md:table-cell">Province</TableHead>
            <TableHead className="hidden sm:table-cell">PSGC code</TableHead>
            <TableHead className="text-right">Customers</TableHead>
            {canEdit ? <TableHead className="w-px text-right"><span className="sr-only">Actions</span></TableHead> : null}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={canEdit ? 6 : 5} className="py-10 text-center text-muted-foreground">
                {filtered ? "No barangay matches this search." : "No barangays yet. Import them from the PSGC list or a CSV file, or add them one by one."}
              </TableCell>
            </TableRow>
          ) : (
            rows.map((b) => (
              <TableRow key={b.id} data-testid={`barangay-${b.name}`}>
                <TableCell>
                  <div className="font-medium">{b.name}</div>
                  <div className="text-xs whitespace-normal text-muted-foreground sm:hidden">
                    {b.city}, {b.province}
                  </div>
                  {b.psgcCode ? <div className="font-mono text-xs text-muted-foreground sm:hidden">{b.psgcCode}</div> : null}
                </TableCell>
                <TableCell className="hidden sm:table-cell">
                  {b.city}
                  <div className="text-xs text-muted-foreground md:hidden">{b.province}</div>
                </TableCell>
                <TableCell className="hidden md:table-cell">{b.province}</TableCell>
                <TableCell className="hidden font-mono text-xs tabular-nums sm:table-cell">{b.psgcCode ?? <span className="text-muted-foreground">—</span>}</TableCell>
                <TableCell className="text-right tabular-nums">{b.customerCount.toLocaleString("en")}</TableCell>
                {canEdit ? (
                  <TableCell className="text-right">
                    <Link href={`/barangays/${b.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline" aria-label={`Edit ${b.name}, ${b.city}`}>
                      Edit
                    </Link>
                  </TableCell>
                ) : null}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
