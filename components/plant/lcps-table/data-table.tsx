"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Warehouse } from "lucide-react";
import Link from "next/link";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { FilterSelect, FilterToolbar } from "@/components/tables/filter-toolbar";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
import { useListUrl } from "@/components/tables/use-list-url";
import { useServerTable } from "@/components/tables/use-server-table";
import type { LcpListRow } from "@/db/queries/plant-lists";
import { lcpListQuery, PLANT_PAGE_SIZES, type LcpListState, type LcpSort } from "@/lib/validations/plant-list";
import type { Option } from "../form-types";
import { Utilisation } from "../utilisation";

type LcpColumn = "code" | "barangay" | "pon" | "ratio" | "naps" | "utilisation" | "free";
const SORTABLE: Partial<Record<LcpColumn, LcpSort>> = { code: "code", barangay: "barangay", utilisation: "utilisation", free: "free" };

const columns: ColumnDef<LcpListRow>[] = [
  {
    id: "code",
    header: "LCP",
    cell: ({ row }) => (
      <Link href={`/network/plant/lcps/${row.original.id}`} className="font-medium underline-offset-2 hover:underline">
        {row.original.code}
        {row.original.name ? <span className="block text-xs font-normal text-muted-foreground">{row.original.name}</span> : null}
      </Link>
    ),
  },
  { id: "barangay", header: "Barangay", cell: ({ row }) => row.original.barangayName ?? <span className="text-muted-foreground">—</span> },
  { id: "pon", header: "PON port", cell: ({ row }) => (row.original.ponLabel ? `${row.original.oltName} · ${row.original.ponLabel}` : <span className="text-muted-foreground">Not recorded</span>) },
  { id: "ratio", header: "Splitter", cell: ({ row }) => <span className="tabular-nums">1:{row.original.ratio}</span> },
  { id: "naps", header: "NAPs", cell: ({ row }) => <span className="tabular-nums">{row.original.naps}</span> },
  { id: "utilisation", header: "Ports in use", cell: ({ row }) => <Utilisation counts={row.original} /> },
  { id: "free", header: "Free", cell: ({ row }) => <span className="tabular-nums">{row.original.free}</span> },
];

type Props = { rows: LcpListRow[]; total: number; state: LcpListState; barangays: Option[] };

/** The LCP list: TanStack Table in manual mode; the server filters, sorts and pages. */
export function LcpsDataTable({ rows, total, state, barangays }: Props) {
  const { update, pending } = useListUrl(state, lcpListQuery);
  const { table, sortColumn } = useServerTable({ rows, columns, total, state, sortable: SORTABLE, fallbackColumn: "code" as LcpColumn });
  const filtered = Boolean(state.q || state.barangay);
  const toggleSort = (id: string) => {
    const sort = SORTABLE[id as LcpColumn];
    if (!sort) return;
    const first = sort === "free" ? "desc" : "asc";
    update({ sort, dir: state.sort === sort ? (state.dir === "asc" ? "desc" : "asc") : first });
  };
  return (
    <div>
      <FilterToolbar
        searchLabel="Search LCPs"
        placeholder="LCP code or name"
        q={state.q}
        onSearch={(q) => update({ q }, { replace: true })}
        filtered={filtered}
        onClear={() => update({ q: undefined, barangay: undefined })}
      >
        <FilterSelect label="Barangay" allLabel="All barangays" value={state.barangay} options={barangays.map((b) => ({ value: b.id, label: b.label }))} onChange={(barangay) => update({ barangay })} className="sm:w-48" />
      </FilterToolbar>
      <ServerTableGrid
        table={table}
        sortable={(id) => Boolean(SORTABLE[id as LcpColumn])}
        sortColumn={sortColumn}
        dir={state.dir}
        onSort={toggleSort}
        pending={pending}
        empty={{
          icon: Warehouse,
          title: filtered ? "No LCPs match this view." : "No LCP cabinets yet.",
          hint: filtered ? "Try another search or clear the filters." : "Add your LCP cabinets, or import them from a spreadsheet or Google Earth file.",
        }}
      />
      <DataTablePagination state={state} total={total} sizes={PLANT_PAGE_SIZES} noun="LCP" update={update} />
    </div>
  );
}
