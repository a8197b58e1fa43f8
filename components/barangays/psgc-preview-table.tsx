import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** The barangays PSGC lists for a place, each marked new or already in the tenant's list. */
export function PsgcPreviewTable({ barangays }: { barangays: { code: string; name: string; inList: boolean }[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Barangay</TableHead>
            <TableHead>PSGC code</TableHead>
            <TableHead className="text-right">Status</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {barangays.map((b) => (
            <TableRow key={b.code} data-testid={`psgc-${b.code}`}>
              <TableCell className="font-medium">{b.name}</TableCell>
              <TableCell className="font-mono text-xs tabular-nums">{b.code}</TableCell>
              <TableCell className="text-right">
                {b.inList ? <Badge variant="secondary">In your list</Badge> : <Badge variant="success">New</Badge>}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
