"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { DeviceKind } from "@/db/schema/plant";
import { brandModel, DEVICE_KIND_LABELS } from "@/lib/equipment/status";
import { formatPesos } from "@/lib/money";
import type { DeviceSort } from "@/lib/validations/equipment";
import { DeviceStatusBadge } from "../status-badge";
import { WhereItIs, type Whereabouts } from "../whereabouts";

export type DeviceRow = Whereabouts & {
  id: string;
  serialNumber: string;
  mac: string | null;
  kind: DeviceKind;
  brand: string;
  model: string;
  /** Centavos; null when not recorded. */
  purchaseCost: number | null;
  /** The day of the last movement, already written in the tenant's calendar ("Dec 7, 2026"). */
  lastMoved: string | null;
};

export type DeviceColumn = "serial" | "mac" | "kind" | "model" | "status" | "where" | "cost" | "moved";

/** Column id -> the server sort it maps to (columns without one are not sortable). */
export const SORTABLE: Partial<Record<DeviceColumn, DeviceSort>> = { serial: "serial", kind: "kind", model: "model", status: "status", cost: "cost", moved: "moved" };

const muted = <span className="text-muted-foreground">—</span>;

/** On a phone: serial (with kind and model under it), status and where it is; the rest from wider screens. */
export function deviceColumns(): ColumnDef<DeviceRow>[] {
  return [
    {
      id: "serial",
      header: "Serial",
      cell: ({ row: { original: r } }) => (
        <div>
          <Link href={`/network/equipment/${r.id}`} prefetch={false} className="font-mono font-medium underline-offset-4 hover:underline">
            {r.serialNumber}
          </Link>
          <div className="text-xs text-muted-foreground md:hidden">
            {DEVICE_KIND_LABELS[r.kind]} · {brandModel(r.brand, r.model)}
          </div>
        </div>
      ),
    },
    { id: "mac", header: "MAC", meta: { className: "hidden lg:table-cell" }, cell: ({ row }) => (row.original.mac ? <span className="font-mono text-xs">{row.original.mac}</span> : muted) },
    { id: "kind", header: "Kind", meta: { className: "hidden md:table-cell" }, cell: ({ row }) => DEVICE_KIND_LABELS[row.original.kind] },
    { id: "model", header: "Brand / model", meta: { className: "hidden md:table-cell" }, cell: ({ row }) => brandModel(row.original.brand, row.original.model) },
    {
      id: "status",
      header: "Status",
      cell: ({ row: { original: r } }) => (
        <div>
          <DeviceStatusBadge status={r.status} />
          {/* On a phone, where the "where" column is hidden: who has it, or whose line it is on. */}
          {r.status === "with_technician" && r.technicianName ? <div className="mt-0.5 text-xs text-muted-foreground sm:hidden">{r.technicianName}</div> : null}
          {r.status === "installed" && r.accountNo ? <div className="mt-0.5 font-mono text-xs text-muted-foreground sm:hidden">{r.accountNo}</div> : null}
        </div>
      ),
    },
    { id: "where", header: "Where it is", meta: { className: "hidden sm:table-cell whitespace-normal min-w-48" }, cell: ({ row }) => <WhereItIs w={row.original} /> },
    {
      id: "cost",
      header: () => <span className="block text-right">Cost</span>,
      meta: { className: "hidden xl:table-cell text-right tabular-nums" },
      cell: ({ row }) => (row.original.purchaseCost === null ? muted : formatPesos(row.original.purchaseCost)),
    },
    { id: "moved", header: "Last moved", meta: { className: "hidden lg:table-cell" }, cell: ({ row }) => row.original.lastMoved ?? muted },
  ];
}
