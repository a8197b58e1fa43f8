"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { formatPhMobile } from "@/lib/customers/mobile";
import type { CustomerColumn, CustomerSort } from "@/lib/validations/customer-list";

export type CustomerRow = {
  id: string;
  accountNo: string;
  firstName: string;
  lastName: string;
  mobile: string;
  status: "active" | "suspended" | "disconnected" | "terminated";
  createdAt: string;
  barangay: string;
  city: string;
  plans: string | null;
};

/** Column id -> the server sort it maps to (columns without one are not sortable). */
export const SORTABLE: Partial<Record<CustomerColumn, CustomerSort>> = {
  account: "account",
  name: "name",
  status: "status",
  created: "created",
};

export const COLUMN_LABELS: Record<CustomerColumn, string> = {
  account: "Account no.",
  name: "Name",
  mobile: "Mobile",
  barangay: "Barangay",
  plans: "Plans",
  status: "Status",
  created: "Added",
};

declare module "@tanstack/react-table" {
  // Responsive columns: on a phone only account, name and status show.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the augmented interface must repeat its type parameters
  interface ColumnMeta<TData, TValue> {
    className?: string;
  }
}

export function customerColumns(formatDate: (iso: string) => string): ColumnDef<CustomerRow>[] {
  return [
    {
      id: "account",
      header: COLUMN_LABELS.account,
      cell: ({ row }) => <span className="font-mono text-xs">{row.original.accountNo}</span>,
    },
    {
      id: "name",
      header: COLUMN_LABELS.name,
      enableHiding: false,
      cell: ({ row }) => (
        <Link href={`/customers/${row.original.id}`} className="font-medium underline-offset-4 hover:underline">
          {row.original.lastName}, {row.original.firstName}
        </Link>
      ),
    },
    { id: "mobile", header: COLUMN_LABELS.mobile, meta: { className: "hidden md:table-cell" }, cell: ({ row }) => <span className="whitespace-nowrap">{formatPhMobile(row.original.mobile)}</span> },
    {
      id: "barangay",
      header: COLUMN_LABELS.barangay,
      meta: { className: "hidden sm:table-cell" },
      cell: ({ row }) => (
        <div>
          {row.original.barangay}
          <div className="text-xs text-muted-foreground">{row.original.city}</div>
        </div>
      ),
    },
    { id: "plans", header: COLUMN_LABELS.plans, meta: { className: "hidden lg:table-cell" }, cell: ({ row }) => row.original.plans ?? <span className="text-muted-foreground">—</span> },
    {
      id: "status",
      header: COLUMN_LABELS.status,
      cell: ({ row }) => <CustomerStatusBadge status={row.original.status} />,
    },
    { id: "created", header: COLUMN_LABELS.created, meta: { className: "hidden xl:table-cell" }, cell: ({ row }) => <span className="whitespace-nowrap text-sm">{formatDate(row.original.createdAt)}</span> },
  ];
}
