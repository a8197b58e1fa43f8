"use client";

import { flexRender } from "@tanstack/react-table";
import { useMemo } from "react";
import { SortableHead } from "@/components/tables/sortable-head";
import { useListUrl } from "@/components/tables/use-list-url";
import { useServerTable } from "@/components/tables/use-server-table";
import { CUSTOMER_PAGE_SIZES, customerListQuery, isFilteredView, nextCustomerListState, type CustomerColumn, type CustomerListState } from "@/lib/validations/customer-list";
import { cn } from "@/lib/utils";
import { CUSTOMER_TABLE_CLASS, customerCell, customerColumns, SORTABLE, type CustomerRow } from "./columns";
import { CustomersEmptyState } from "./empty-state";
import { DataTablePagination, type PageMove } from "../data-table-pagination";
import { CustomersToolbar } from "./toolbar";
import type { SelectedFilters } from "./use-filter-options";

type Props = {
  rows: CustomerRow[];
  /** The view's size, exact up to the counting cap; `totalCapped` when there are more. */
  total: number;
  totalCapped: boolean;
  /** The page shown (the server may correct the URL's, e.g. when Previous reaches the start). */
  page: number;
  hasNext: boolean;
  hasPrevious: boolean;
  state: CustomerListState;
  selected: SelectedFilters;
  /** Whether the Export CSV button shows (customers.export). */
  canExport: boolean;
};

/** The customer list: TanStack Table in manual mode, the server pages, sorts and filters. */
export function CustomersDataTable({ rows, total, totalCapped, page, hasNext, hasPrevious, state, selected, canExport }: Props) {
  const shown = useMemo(() => ({ ...state, page }), [state, page]);
  const { update, pending } = useListUrl(shown, customerListQuery, nextCustomerListState);
  const columns = useMemo(() => customerColumns(), []);
  const { table, sortColumn } = useServerTable({ rows, columns, total, state: shown, sortable: SORTABLE, fallbackColumn: "name" as CustomerColumn, hidden: state.hide });

  const toggleSort = (id: string) => {
    const sort = SORTABLE[id as CustomerColumn];
    if (!sort) return;
    // Balance starts with who owes the most; the others start from A.
    const first = sort === "balance" ? "desc" : "asc";
    const dir = state.sort === sort ? (state.dir === "asc" ? "desc" : "asc") : first;
    update({ sort, dir });
  };

  // Next and Previous seek from the last or first customer shown (keyset paging: page 1,500 costs
  // what page 2 does); First and Last go by number.
  const pageLink = (to: number, move: PageMove): Partial<CustomerListState> => {
    if (move === "next" && rows.length > 0) return { page: to, after: rows[rows.length - 1]!.id };
    if (move === "previous" && rows.length > 0) return { page: to, before: rows[0]!.id };
    return { page: to };
  };

  const visible = table.getVisibleLeafColumns();
  return (
    <div>
      <CustomersToolbar state={shown} selected={selected} update={update} canExport={canExport} />
      <div className={cn("overflow-x-auto rounded-lg border transition-opacity", pending && "opacity-60")} aria-busy={pending}>
        <table className={CUSTOMER_TABLE_CLASS}>
          <thead className="[&_tr]:border-b">
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
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
              </tr>
            ))}
          </thead>
          <tbody>
            {rows.length === 0 ? (
              <tr>
                <td colSpan={visible.length}>
                  <CustomersEmptyState filtered={isFilteredView(state)} />
                </td>
              </tr>
            ) : (
              // The server already paged and sorted these rows: they are mapped straight onto TanStack's
              // visible columns. Its row model would add a row and seven cell objects per customer
              // (about 3 ms a render for 50 rows, measured), on the server and on every client re-render.
              rows.map((r) => (
                <tr key={r.id}>
                  {visible.map((column) => (
                    <td key={column.id} className={column.columnDef.meta?.className}>
                      {customerCell(column.id as CustomerColumn, r)}
                    </td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <DataTablePagination
        state={shown}
        total={total}
        totalIsFloor={totalCapped}
        hasNext={hasNext}
        hasPrevious={hasPrevious}
        pageLink={pageLink}
        sizes={CUSTOMER_PAGE_SIZES}
        noun="customer"
        update={update}
      />
    </div>
  );
}
