"use client";

import { getCoreRowModel, useReactTable, type ColumnDef, type SortingState, type VisibilityState } from "@tanstack/react-table";

type Options<T, C extends string, S extends string> = {
  rows: T[];
  columns: ColumnDef<T>[];
  total: number;
  state: { sort: S; dir: "asc" | "desc"; page: number; size: number };
  /** Which column each server sort is shown on. */
  sortable: Partial<Record<C, S>>;
  /** The column marked sorted when the URL's sort has no column of its own. */
  fallbackColumn: C;
  /** Columns the URL hides. */
  hidden?: readonly C[];
};

/**
 * TanStack Table in manual mode for a list the server pages, sorts and
 * filters: the URL's state is the table's state, and rows are keyed by id.
 */
export function useServerTable<T extends { id: string }, C extends string, S extends string>({ rows, columns, total, state, sortable, fallbackColumn, hidden = [] }: Options<T, C, S>) {
  const sortColumn = ((Object.entries(sortable) as [C, S][]).find(([, s]) => s === state.sort)?.[0] ?? fallbackColumn) as C;
  const sorting: SortingState = [{ id: sortColumn, desc: state.dir === "desc" }];
  const columnVisibility: VisibilityState = Object.fromEntries(hidden.map((c) => [c, false]));
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack v8 returns fresh functions each render; React Compiler skips this hook's callers, which is fine.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    state: { sorting, columnVisibility, pagination: { pageIndex: state.page - 1, pageSize: state.size } },
    getRowId: (r) => r.id,
  });
  return { table, sortColumn };
}
