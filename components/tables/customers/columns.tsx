"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatPhMobile } from "@/lib/customers/mobile";
import { formatPesos } from "@/lib/money";
import { CUSTOMER_COLUMNS, type CustomerColumn, type CustomerSort } from "@/lib/validations/customer-list";

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
  /** Centavos; negative is credit. */
  balance: number;
};

/** Column id -> the server sort it maps to (columns without one are not sortable). */
export const SORTABLE: Partial<Record<CustomerColumn, CustomerSort>> = {
  account: "account",
  name: "name",
  status: "status",
  created: "created",
  balance: "balance",
};

export const COLUMN_LABELS: Record<CustomerColumn, string> = {
  account: "Account no.",
  name: "Name",
  mobile: "Mobile",
  barangay: "Barangay",
  plans: "Plans",
  balance: "Balance",
  status: "Status",
  created: "Added",
};

declare module "@tanstack/react-table" {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the augmented interface must repeat its type parameters
  interface ColumnMeta<TData, TValue> {
    className?: string;
  }
}

/** One customer's cell in one column: bare elements, styled by the table's classes (CUSTOMER_TABLE_CLASS). */
export function customerCell(column: CustomerColumn, r: CustomerRow): React.ReactNode {
  switch (column) {
    case "account":
      return r.accountNo;
    case "name":
      // No prefetch: with 50 rows in view the router would fetch 50 customer pages in the background.
      return (
        <>
          <Link href={`/customers/${r.id}`} prefetch={false}>
            {`${r.lastName}, ${r.firstName}`}
          </Link>
          {/* On a phone the account number folds under the name, leaving room for balance and status. */}
          <small className="font-mono sm:hidden!">{r.accountNo}</small>
        </>
      );
    case "mobile":
      return <a href={`tel:${r.mobile}`}>{formatPhMobile(r.mobile)}</a>;
    case "barangay":
      return (
        <>
          {r.barangay}
          <small>{r.city}</small>
        </>
      );
    case "plans":
      return r.plans ?? <small>—</small>;
    case "balance":
      // Money the customer has with the ISP is credit, never "-₱".
      return <span data-balance={r.balance > 0 ? "owing" : r.balance < 0 ? "credit" : "zero"}>{r.balance < 0 ? `Credit ${formatPesos(-r.balance)}` : formatPesos(r.balance)}</span>;
    case "status":
      return <span data-status={r.status}>{r.status}</span>;
    case "created":
      return r.added;
  }
}

/** Responsive columns: on a phone only name (with the account number under it), balance and status show. */
const COLUMN_CLASS: Partial<Record<CustomerColumn, string>> = {
  account: "hidden font-mono text-xs sm:table-cell",
  mobile: "hidden md:table-cell",
  barangay: "hidden sm:table-cell",
  plans: "hidden lg:table-cell",
  balance: "text-right tabular-nums",
  created: "hidden xl:table-cell",
};

/**
 * The columns as TanStack Table knows them (order, headers, visibility,
 * sorting). Their cells are the same `customerCell` the table body calls
 * directly (see CustomersDataTable).
 */
export function customerColumns(): ColumnDef<CustomerRow>[] {
  return CUSTOMER_COLUMNS.map((id) => ({
    id,
    header: COLUMN_LABELS[id],
    enableHiding: id !== "name",
    meta: { className: COLUMN_CLASS[id] },
    cell: ({ row }) => customerCell(id, row.original),
  }));
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
  "[&_[data-balance=zero]]:text-muted-foreground [&_[data-balance=credit]]:text-success",
  "[&_[data-status]]:inline-flex [&_[data-status]]:rounded-md [&_[data-status]]:border [&_[data-status]]:border-transparent [&_[data-status]]:px-2 [&_[data-status]]:py-0.5 [&_[data-status]]:text-xs [&_[data-status]]:font-medium [&_[data-status]]:capitalize",
  "[&_[data-status=active]]:bg-success/15 [&_[data-status=active]]:text-success dark:[&_[data-status=active]]:bg-success/20",
  "[&_[data-status=suspended]]:bg-warning/20 [&_[data-status=suspended]]:text-warning-foreground dark:[&_[data-status=suspended]]:text-warning",
  "[&_[data-status=disconnected]]:bg-destructive [&_[data-status=disconnected]]:text-white dark:[&_[data-status=disconnected]]:bg-destructive/60",
  "[&_[data-status=terminated]]:bg-secondary [&_[data-status=terminated]]:text-secondary-foreground",
].join(" ");
