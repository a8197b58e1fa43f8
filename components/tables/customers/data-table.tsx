"use client";

import { flexRender, getCoreRowModel, useReactTable, type SortingState, type VisibilityState } from "@tanstack/react-table";
import { useMemo } from "react";
import { SortableHead } from "@/components/tables/sortable-head";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { CUSTOMER_PAGE_SIZES, type CustomerColumn, type CustomerListState } from "@/lib/validations/customer-list";
import { cn } from "@/lib/utils";
import { customerColumns, SORTABLE, type CustomerRow } from "./columns";
import { CustomersEmptyState } from "./empty-state";
import { DataTablePagination } from "../data-table-pagination";
import { CustomersToolbar } from "./toolbar";
import { useListUrl } from "./use-list-url";

type Props = {
  rows: CustomerRow[];
  total: number;
  state: CustomerListState;
  options: Parameters<typeof CustomersToolbar>[0]["options"];
  timeZone: string;
};

/** The customer list: TanStack Table in manual mode, the server pages, sorts and filters. */
export function CustomersDataTable({ rows, total, state, options, timeZone }: Props) {
  const { update, pending } = useListUrl(state);
  const columns = useMemo(() => {
    const fmt = new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone });
    return customerColumns((iso) => fmt.format(new Date(iso)));
  }, [timeZone]);
  const sortColumn = (Object.entries(SORTABLE).find(([, s]) => s === state.sort)?.[0] ?? "name") as CustomerColumn;
  const sorting: SortingState = [{ id: sortColumn, desc: state.dir === "desc" }];
  const columnVisibility: VisibilityState = Object.fromEntries(state.hide.map((c) => [c, false]));

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack v8 returns fresh functions each render; React Compiler skips this component, which is fine.
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

  const toggleSort = (id: string) => {
    const sort = SORTABLE[id as CustomerColumn];
    if (!sort) return;
    const dir = state.sort === sort && state.dir === "asc" ? "desc" : "asc";
    update({ sort, dir });
  };

  return (
    <div>
      <CustomersToolbar state={state} options={options} update={update} />
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
                    sortable={Boolean(SORTABLE[header.column.id as CustomerColumn])}
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
                  <CustomersEmptyState filtered={Boolean(state.q || state.status || state.barangay || state.plan)} />
                </TableCell>
              </TableRow>
            ) : (
              table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id} className={cell.column.columnDef.meta?.className}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination state={state} total={total} sizes={CUSTOMER_PAGE_SIZES} noun="customers" update={update} />
    </div>
  );
}
