"use client";

import { getCoreRowModel, useReactTable, type SortingState } from "@tanstack/react-table";
import { Inbox } from "lucide-react";
import { useMemo } from "react";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
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
      <ServerTableGrid
        table={table}
        sortable={(id) => Boolean(SORTABLE[id as keyof typeof SORTABLE])}
        sortColumn={sortColumn}
        dir={state.dir}
        onSort={toggleSort}
        pending={pending}
        empty={{
          icon: Inbox,
          title: isFiltered(state) ? "No messages match this view." : "No messages yet.",
          hint: isFiltered(state) ? "Try another search or clear the filters." : "Invoices, reminders, notices and receipts queue their messages here.",
        }}
        cellClassName="align-top whitespace-normal"
      />
      <DataTablePagination state={state} total={total} sizes={OUTBOX_PAGE_SIZES} noun="messages" update={update} />
    </div>
  );
}
