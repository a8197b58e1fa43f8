"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatPhMobile } from "@/lib/customers/mobile";
import type { CustomerColumn, CustomerSort } from "@/lib/validations/customer-list";

export type CustomerRow = {
  id: string;
  accountNo: string;
  firstName: string;
  lastName: string;
  mobile: string;
  status: "active" | "suspended" | "disconnected" | "terminated";
  /** The date added, already written in the tenant's calendar ("Jul 23, 2026"). */
  added: string;
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

/**
 * The cells are bare elements: their look comes from the table's classes
 * (see CUSTOMER_TABLE_CLASS), written once per page instead of once per cell,
 * which keeps a 50-row page a fraction of the size.
 */
export function customerColumns(): ColumnDef<CustomerRow>[] {
  return [
    { id: "account", header: COLUMN_LABELS.account, meta: { className: "font-mono text-xs" }, cell: ({ row }) => row.original.accountNo },
    {
      id: "name",
      header: COLUMN_LABELS.name,
      enableHiding: false,
      // No prefetch: with 50 rows in view the router would fetch 50 customer pages in the background.
      cell: ({ row }) => (
        <Link href={`/customers/${row.original.id}`} prefetch={false}>
          {`${row.original.lastName}, ${row.original.firstName}`}
        </Link>
      ),
    },
    { id: "mobile", header: COLUMN_LABELS.mobile, meta: { className: "hidden md:table-cell" }, cell: ({ row }) => formatPhMobile(row.original.mobile) },
    {
      id: "barangay",
      header: COLUMN_LABELS.barangay,
      meta: { className: "hidden sm:table-cell" },
      cell: ({ row }) => (
        <>
          {row.original.barangay}
          <small>{row.original.city}</small>
        </>
      ),
    },
    { id: "plans", header: COLUMN_LABELS.plans, meta: { className: "hidden lg:table-cell" }, cell: ({ row }) => row.original.plans ?? <small>—</small> },
    { id: "status", header: COLUMN_LABELS.status, cell: ({ row }) => <span data-status={row.original.status}>{row.original.status}</span> },
    { id: "created", header: COLUMN_LABELS.created, meta: { className: "hidden xl:table-cell" }, cell: ({ row }) => row.original.added },
  ];
}

/**
 * Every cell's look, set once on the <table>: padding, the name link, the
 * city under the barangay, and the status badge (the colours of
 * CustomerStatusBadge: active green, suspended amber, disconnected red,
 * terminated grey).
 */
export const CUSTOMER_TABLE_CLASS = [
  "w-full caption-bottom text-sm",
  "[&_td]:p-2 [&_td]:align-middle [&_td]:whitespace-nowrap",
  "[&_tbody_tr]:border-b [&_tbody_tr]:transition-colors [&_tbody_tr:hover]:bg-muted/50 [&_tbody_tr:last-child]:border-0",
  "[&_td_a]:font-medium [&_td_a]:underline-offset-4 [&_td_a:hover]:underline",
  "[&_td_small]:block [&_td_small]:text-xs [&_td_small]:text-muted-foreground",
  "[&_[data-status]]:inline-flex [&_[data-status]]:rounded-md [&_[data-status]]:border [&_[data-status]]:border-transparent [&_[data-status]]:px-2 [&_[data-status]]:py-0.5 [&_[data-status]]:text-xs [&_[data-status]]:font-medium [&_[data-status]]:capitalize",
  "[&_[data-status=active]]:bg-success/15 [&_[data-status=active]]:text-success dark:[&_[data-status=active]]:bg-success/20",
  "[&_[data-status=suspended]]:bg-warning/20 [&_[data-status=suspended]]:text-warning-foreground dark:[&_[data-status=suspended]]:text-warning",
  "[&_[data-status=disconnected]]:bg-destructive [&_[data-status=disconnected]]:text-white dark:[&_[data-status=disconnected]]:bg-destructive/60",
  "[&_[data-status=terminated]]:bg-secondary [&_[data-status=terminated]]:text-secondary-foreground",
].join(" ");
