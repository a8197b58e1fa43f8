"use client";

import { Router } from "lucide-react";
import { useMemo } from "react";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
import { useListUrl } from "@/components/tables/use-list-url";
import { useServerTable } from "@/components/tables/use-server-table";
import { DEVICE_PAGE_SIZES, deviceListQuery, isFilteredDeviceView, type DeviceListState } from "@/lib/validations/equipment";
import { deviceColumns, SORTABLE, type DeviceColumn, type DeviceRow } from "./columns";
import { DevicesToolbar, type DeviceFilterOptions } from "./toolbar";

type Props = { rows: DeviceRow[]; total: number; state: DeviceListState; options: DeviceFilterOptions; canManage: boolean };

/** The equipment register: TanStack Table in manual mode; the server pages, sorts and filters. */
export function DevicesDataTable({ rows, total, state, options, canManage }: Props) {
  const { update, pending } = useListUrl(state, deviceListQuery);
  const columns = useMemo(() => deviceColumns(), []);
  const { table, sortColumn } = useServerTable({ rows, columns, total, state, sortable: SORTABLE, fallbackColumn: "moved" as DeviceColumn });

  const toggleSort = (id: string) => {
    const sort = SORTABLE[id as DeviceColumn];
    if (!sort) return;
    // Latest movement and dearest first; names and statuses from A.
    const first = sort === "moved" || sort === "cost" ? "desc" : "asc";
    const dir = state.sort === sort ? (state.dir === "asc" ? "desc" : "asc") : first;
    update({ sort, dir });
  };

  const filtered = isFilteredDeviceView(state);
  return (
    <div>
      <DevicesToolbar state={state} update={update} options={options} />
      <ServerTableGrid
        table={table}
        sortable={(id) => Boolean(SORTABLE[id as DeviceColumn])}
        sortColumn={sortColumn}
        dir={state.dir}
        onSort={toggleSort}
        pending={pending}
        empty={{
          icon: Router,
          title: filtered ? "No equipment matches this view." : "No equipment yet.",
          hint: filtered ? "Try another search or clear the filters." : canManage ? "Receive your first delivery of ONUs or routers." : "Devices appear here once the office receives them.",
        }}
      />
      <DataTablePagination state={state} total={total} sizes={DEVICE_PAGE_SIZES} noun="device" update={update} />
    </div>
  );
}
