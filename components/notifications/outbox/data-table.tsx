"use client";

import { flexRender, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { Inbox } from "lucide-react";
import { useMemo } from "react";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { SortableHead } from "@/components/tables/sortable-head";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { cn } from "@/lib/utils";
import { OUTBOX_PAGE_SIZES, type OutboxListState } from "@/lib/validations/outbox-list";
import { outboxColumns, SORTABLE, type OutboxColumn, type OutboxRow } from "./columns";
import type { RetryAction } from "./retry-button";
import { isFiltered, OutboxToolbar } from "./toolbar";
import { useOutboxListUrl } from "./use-list-url";

type Props = { rows: OutboxRow[]; total: number; state: OutboxListState; timeZone: string; retry: RetryAction | null };

/** The outbox: TanStack Table in manual mode; the server pages, sorts and filters. */
export function OutboxDataTable({ rows, total, state, timeZone, retry }: Props) {
  const { update, pending } = useOutboxListUrl(state);
  const columns = useMemo(() => outboxColumns({ timeZone, retry }), [timeZone, retry]);
  const sortColumn = (Object.entries(SORTABLE).find(([, s]) => s === state.sort)?.[0] ?? "created") as OutboxColumn;
  const sorting: SortingState = [{ id: sortColumn, desc: state.dir === "desc" }];

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack v8 returns fresh functions each render; React Compiler skips this component, which is fine.
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    manualFiltering: true,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: state.page - 1, pageSize: state.size } },
    getRowId: (r) => r.id,
  });

  const toggleSort = (id: string) => {
    const sort = SORTABLE[id as OutboxColumn];
    if (!sort) return;
    const dir = state.sort === sort ? (state.dir === "asc" ? "desc" : "asc") : "desc";
    update({ sort, dir });
  };

  return (
    <div>
      <OutboxToolbar state={state} update={update} />
      <div className={cn("overflow-x-auto rounded-lg border transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        <Table>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => (
                  <SortableHead
                    key={header.id}
                    label={flexRender(header.column.columnDef.header, header.getContext())}
                    sortable={Boolean(SORTABLE[header.column.id as OutboxColumn])}
                    active={header.column.id === sortColumn}
                    dir={state.dir}
                    onSort={() => toggleSort(header.column.id)}
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
                    <Inbox className="size-8 text-muted-foreground" aria-hidden />
                    <p className="font-medium">{isFiltered(state) ? "No messages match this view." : "No messages yet."}</p>
                    <p className="text-sm whitespace-normal text-muted-foreground">
                      {isFiltered(state) ? "Try another search or clear the filters." : "Invoices, reminders, notices and receipts queue their messages here."}
                    </p>
                  </div>
                </TableCell>
              </TableRow>
            ) : (
              table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id} className="align-top whitespace-normal">
                      {flexRender(cell.column.columnDef.cell, cell.getContext())}
                    </TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination state={state} total={total} sizes={OUTBOX_PAGE_SIZES} noun="messages" update={update} />
    </div>
  );
}
