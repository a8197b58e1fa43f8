"use client";

import { Boxes } from "lucide-react";
import { DataTablePagination } from "@/components/tables/data-table-pagination";
import { FilterSelect, FilterToolbar } from "@/components/tables/filter-toolbar";
import { ServerTableGrid } from "@/components/tables/server-table-grid";
import { useListUrl } from "@/components/tables/use-list-url";
import { useServerTable } from "@/components/tables/use-server-table";
import type { NapListRow } from "@/db/queries/plant-lists";
import { napListQuery, PLANT_PAGE_SIZES, type NapListState, type NapUtilisationFilter } from "@/lib/validations/plant-list";
import type { Option } from "../form-types";
import { NAP_SORTABLE, napColumns, type NapColumn } from "./columns";

const UTILISATION_OPTIONS: { value: NapUtilisationFilter; label: string }[] = [
  { value: "has_free", label: "Has free ports" },
  { value: "low", label: "One or two free" },
  { value: "full", label: "Full" },
  { value: "faulty", label: "Has a faulty port" },
  { value: "flagged", label: "Weak signal on a line" },
];

type Props = { rows: NapListRow[]; total: number; state: NapListState; barangays: Option[]; lcps: Option[] };

/** The NAP list: TanStack Table in manual mode; the server filters, sorts and pages. */
export function NapsDataTable({ rows, total, state, barangays, lcps }: Props) {
  const { update, pending } = useListUrl(state, napListQuery);
  const { table, sortColumn } = useServerTable({ rows, columns: napColumns, total, state, sortable: NAP_SORTABLE, fallbackColumn: "code" as NapColumn });
  const filtered = Boolean(state.q || state.barangay || state.lcp || state.utilisation);
  const toggleSort = (id: string) => {
    const sort = NAP_SORTABLE[id as NapColumn];
    if (!sort) return;
    // Free ports start with the most free; the rest from A.
    const first = sort === "free" ? "desc" : "asc";
    update({ sort, dir: state.sort === sort ? (state.dir === "asc" ? "desc" : "asc") : first });
  };
  return (
    <div>
      <FilterToolbar
        searchLabel="Search NAPs"
        placeholder="NAP code, name or pole"
        q={state.q}
        onSearch={(q) => update({ q }, { replace: true })}
        filtered={filtered}
        onClear={() => update({ q: undefined, barangay: undefined, lcp: undefined, utilisation: undefined })}
      >
        <FilterSelect label="Barangay" allLabel="All barangays" value={state.barangay} options={barangays.map((b) => ({ value: b.id, label: b.label }))} onChange={(barangay) => update({ barangay })} className="sm:w-48" />
        <FilterSelect label="LCP" allLabel="All LCPs" value={state.lcp} options={lcps.map((l) => ({ value: l.id, label: l.label }))} onChange={(lcp) => update({ lcp })} className="sm:w-40" />
        <FilterSelect label="Ports" allLabel="Any utilisation" value={state.utilisation} options={UTILISATION_OPTIONS} onChange={(utilisation) => update({ utilisation })} className="col-span-2 sm:w-48" />
      </FilterToolbar>
      <ServerTableGrid
        table={table}
        sortable={(id) => Boolean(NAP_SORTABLE[id as NapColumn])}
        sortColumn={sortColumn}
        dir={state.dir}
        onSort={toggleSort}
        pending={pending}
        empty={{
          icon: Boxes,
          title: filtered ? "No NAPs match this view." : "No NAPs yet.",
          hint: filtered ? "Try another search or clear the filters." : "Add your NAP boxes, or import them from a spreadsheet or Google Earth file.",
        }}
      />
      <DataTablePagination state={state} total={total} sizes={PLANT_PAGE_SIZES} noun="NAP" update={update} />
    </div>
  );
}
