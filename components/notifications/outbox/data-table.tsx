"use client";

import { Inbox } from "lucide-react";
import { useMemo } from "react";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
import { useListUrl } from "@/components/tables/use-list-url";
import { useServerTable } from "@/components/tables/use-server-table";
import { OUTBOX_PAGE_SIZES, outboxListQuery, type OutboxListState } from "@/lib/validations/outbox-list";
import { outboxColumns, SORTABLE, type OutboxColumn, type OutboxRow } from "./columns";
import type { RetryAction } from "./retry-button";
import { isFiltered, OutboxToolbar } from "./toolbar";

type Props = { rows: OutboxRow[]; total: number; state: OutboxListState; timeZone: string; retry: RetryAction | null };

/** The outbox: TanStack Table in manual mode; the server pages, sorts and filters. */
export function OutboxDataTable({ rows, total, state, timeZone, retry }: Props) {
  const { update, pending } = useListUrl(state, outboxListQuery);
  const columns = useMemo(() => outboxColumns({ timeZone, retry }), [timeZone, retry]);
  const { table, sortColumn } = useServerTable({ rows, columns, total, state, sortable: SORTABLE, fallbackColumn: "created" as OutboxColumn });

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
      <DataTablePagination state={state} total={total} sizes={OUTBOX_PAGE_SIZES} noun="message" update={update} />
    </div>
  );
}
