import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { TableHead } from "@/components/ui/table";

/** A column header that sorts on the server: a button with the direction shown and announced (aria-sort). */
export function SortableHead({
  label,
  sortable,
  active,
  dir,
  onSort,
  className,
}: {
  label: ReactNode;
  sortable: boolean;
  active: boolean;
  dir: "asc" | "desc";
  onSort: () => void;
  className?: string;
}) {
  return (
    <TableHead className={className} aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : undefined}>
      {sortable ? (
        <button type="button" onClick={onSort} className="inline-flex items-center gap-1 hover:text-foreground">
          {label}
          {active ? dir === "asc" ? <ArrowUp className="size-3.5" /> : <ArrowDown className="size-3.5" /> : <ArrowUpDown className="size-3.5 opacity-40" />}
        </button>
      ) : (
        label
      )}
    </TableHead>
  );
}
