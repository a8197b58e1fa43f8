"use client";

import { flexRender, type Table as TanStackTable } from "@tanstack/react-table";
import type { LucideIcon } from "lucide-react";
import { SortableHead } from "@/components/tables/sortable-head";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";

export type EmptyState = { icon: LucideIcon; title: string; hint: string };

type Props<T> = {
  table: TanStackTable<T>;
  /** Whether a column's header sorts (the server decides what can be sorted). */
  sortable: (columnId: string) => boolean;
  sortColumn: string;
  dir: "asc" | "desc";
  onSort: (columnId: string) => void;
  /** A navigation is on its way: the rows are dimmed until the server answers. */
  pending: boolean;
  empty: EmptyState;
  cellClassName?: string;
};

/**
 * The grid of a list the server pages, sorts and filters (TanStack Table in
 * manual mode): sortable headers, the rows, and an empty state that says
 * whether nothing exists yet or nothing matches the filters. A column's
 * `meta.className` applies to its header and cells (e.g. hidden on a phone).
 */
export function ServerTableGrid<T>({ table, sortable, sortColumn, dir, onSort, pending, empty, cellClassName }: Props<T>) {
  const Icon = empty.icon;
  return (
    <div className={cn("overflow-x-auto rounded-lg border transition-opacity", pending && "opacity-60")} aria-busy={pending}>
      <Table>
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => (
                <SortableHead
                  key={header.id}
                  className={header.column.columnDef.meta?.className}
                  label={flexRender(header.column.columnDef.header, header.getContext())}
                  sortable={sortable(header.column.id)}
                  active={header.column.id === sortColumn}
                  dir={dir}
                  onSort={() => onSort(header.column.id)}
                />
              ))}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.length === 0 ? (
            <TableRow>
              <TableCell colSpan={table.getVisibleLeafColumns().length}>
                <div className="flex flex-col items-center gap-2 py-12 text-center">
                  <Icon className="size-8 text-muted-foreground" aria-hidden />
                  <p className="font-medium">{empty.title}</p>
                  <p className="text-sm whitespace-normal text-muted-foreground">{empty.hint}</p>
                </div>
              </TableCell>
            </TableRow>
          ) : (
            table.getRowModel().rows.map((row) => (
              <TableRow key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <TableCell key={cell.id} className={cn(cellClassName, cell.column.columnDef.meta?.className)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  );
}
