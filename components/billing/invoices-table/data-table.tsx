"use client";

import { ReceiptText } from "lucide-react";
import { useMemo } from "react";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
import { useListUrl } from "@/components/tables/use-list-url";
import { useServerTable } from "@/components/tables/use-server-table";
import { INVOICE_PAGE_SIZES, invoiceListQuery, type InvoiceListState } from "@/lib/validations/invoice-list";
import { invoiceColumns, SORTABLE, type InvoiceColumn, type InvoiceRow } from "./columns";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { InvoicesToolbar, isFiltered, type InvoiceFilterOptions } from "./toolbar";

type Props = { rows: InvoiceRow[]; total: number; state: InvoiceListState; options: InvoiceFilterOptions };

/** The invoice list: TanStack Table in manual mode; the server pages, sorts and filters. */
export function InvoicesDataTable({ rows, total, state, options }: Props) {
  const { update, pending } = useListUrl(state, invoiceListQuery);
  const columns = useMemo(() => invoiceColumns(), []);
  const { table, sortColumn } = useServerTable({ rows, columns, total, state, sortable: SORTABLE, fallbackColumn: "number" as InvoiceColumn });

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
      <DataTablePagination state={state} total={total} sizes={INVOICE_PAGE_SIZES} noun="invoice" update={update} />
    </div>
  );
}
