"use client";

import { getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { ReceiptText } from "lucide-react";
import { useMemo } from "react";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
import { INVOICE_PAGE_SIZES, type InvoiceListState } from "@/lib/validations/invoice-list";
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
      <ServerTableGrid
        table={table}
        sortable={(id) => Boolean(SORTABLE[id as keyof typeof SORTABLE])}
        sortColumn={sortColumn}
        dir={state.dir}
        onSort={toggleSort}
        pending={pending}
        empty={{
          icon: ReceiptText,
          title: isFiltered(state) ? "No invoices match this view." : "No invoices yet.",
          hint: isFiltered(state) ? "Try another search or clear the filters." : "Run billing to invoice your active subscriptions.",
        }}
      />
      <DataTablePagination state={state} total={total} sizes={INVOICE_PAGE_SIZES} noun="invoices" update={update} />
    </div>
  );
}
