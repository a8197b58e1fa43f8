"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import type { NapListRow } from "@/db/queries/plant-lists";
import type { NapSort } from "@/lib/validations/plant-list";
import { Utilisation } from "../utilisation";

export type NapColumn = "code" | "lcp" | "barangay" | "ratio" | "utilisation" | "free";

/** Column id -> the server sort it maps to. */
export const NAP_SORTABLE: Partial<Record<NapColumn, NapSort>> = { code: "code", barangay: "barangay", utilisation: "utilisation", free: "free" };

export const napColumns: ColumnDef<NapListRow>[] = [
  {
    id: "code",
    header: "NAP",
    cell: ({ row }) => (
      <Link href={`/network/plant/naps/${row.original.id}`} className="font-medium underline-offset-2 hover:underline">
        {row.original.code}
        {row.original.name ? <span className="block text-xs font-normal text-muted-foreground">{row.original.name}</span> : null}
      </Link>
    ),
  },
  {
    id: "lcp",
    header: "LCP",
    cell: ({ row }) =>
      row.original.lcpId ? (
        <Link href={`/network/plant/lcps/${row.original.lcpId}`} className="underline-offset-2 hover:underline">
          {row.original.lcpCode}
        </Link>
      ) : (
        <span className="text-muted-foreground">Not linked</span>
      ),
  },
  { id: "barangay", header: "Barangay", cell: ({ row }) => row.original.barangayName ?? <span className="text-muted-foreground">—</span> },
  { id: "ratio", header: "Splitter", cell: ({ row }) => <span className="tabular-nums">1:{row.original.ratio}</span> },
  {
    id: "utilisation",
    header: "In use",
    cell: ({ row }) => <Utilisation counts={row.original} />,
  },
  {
    id: "free",
    header: "Free",
    cell: ({ row }) => (
      <span className="tabular-nums">
        {row.original.free}
        {row.original.faulty ? <span className="ml-2 text-xs text-destructive">{row.original.faulty} faulty</span> : null}
        {row.original.flagged ? <span className="ml-2 text-xs text-destructive">{row.original.flagged} weak signal</span> : null}
      </span>
    ),
  },
];
