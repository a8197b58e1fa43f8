"use client";

import { flexRender, getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { ReceiptText } from "lucide-react";
import { useMemo } from "react";
import { SortableHead } from "@/components/tables/sortable-head";
import { Table, TableBody, TableCell, TableHeader, TableRow } from "@/components/ui/table";
import { INVOICE_PAGE_SIZES, type InvoiceListState } from "@/lib/validations/invoice-list";
import { cn } from "@/lib/utils";
import { invoiceColumns, SORTABLE, type InvoiceColumn, type InvoiceRow } from "./columns";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { InvoicesToolbar, isFiltered, type InvoiceFilterOptions } from "./toolbar";
import { useInvoiceListUrl } from "./use-list-url";

type Props = { rows: InvoiceRow[]; total: number; state: InvoiceListState; options: InvoiceFilterOptions };

/** The invoice list: TanStack Table in manual mode; the server pages, sorts and filters. */
export function InvoicesDataTable({ rows, total, state, options }: Props) {
  const { update, pending } = useInvoiceListUrl(state);
  const columns = useMemo(() => invoiceColumns(), []);
  const sortColumn = (Object.entries(SORTABLE).find(([, s]) => s === state.sort)?.[0] ?? "number") as InvoiceColumn;
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
    const sort = SORTABLE[id as InvoiceColumn];
    if (!sort) return;
    // Numbers and amounts read best newest/largest first.
    const dir = state.sort === sort ? (state.dir === "asc" ? "desc" : "asc") : sort === "customer" ? "asc" : "desc";
    update({ sort, dir });
  };

  return (
    <div>
      <InvoicesToolbar state={state} options={options} update={update} />
      <div className={cn("overflow-x-auto rounded-lg border transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        <Table>
          <TableHeader>
            {table.getHeaderGroups().map((group) => (
              <TableRow key={group.id}>
                {group.headers.map((header) => (
                  <SortableHead
                    key={header.id}
                    label={flexRender(header.column.columnDef.header, header.getContext())}
                    sortable={Boolean(SORTABLE[header.column.id as InvoiceColumn])}
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
                    <ReceiptText className="size-8 text-muted-foreground" aria-hidden />
                    <p className="font-medium">{isFiltered(state) ? "No invoices match this view." : "No invoices yet."}</p>
                    <p className="text-sm text-muted-foreground">{isFiltered(state) ? "Try another search or clear the filters." : "Run billing to invoice your active subscriptions."}</p>
                  </div>
                </TableCell>
              </TableRow>
            ) : (
              table.getRowModel().rows.map((row) => (
                <TableRow key={row.id}>
                  {row.getVisibleCells().map((cell) => (
                    <TableCell key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</TableCell>
                  ))}
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      <DataTablePagination state={state} total={total} sizes={INVOICE_PAGE_SIZES} noun="invoices" update={update} />
    </div>
  );
}
