"use client";

import type { ColumnDef } from "@tanstack/react-table";
import Link from "next/link";
import { formatPesos } from "@/lib/money";
import type { InvoiceSort } from "@/lib/validations/invoice-list";
import { formatIsoDate, formatPeriod } from "../format";
import { InvoiceStatusBadge, type InvoiceDisplayStatus } from "../invoice-status";

export type InvoiceRow = {
  id: string;
  number: string;
  customerId: string;
  accountNo: string;
  customerName: string;
  periodStart: string | null;
  periodEnd: string | null;
  issueDate: string;
  dueDate: string;
  total: number;
  amountPaid: number;
  status: InvoiceDisplayStatus;
  daysOverdue: number;
};

export type InvoiceColumn = "number" | "customer" | "period" | "dates" | "total" | "paid" | "balance" | "status";

/** Column id -> the server sort it maps to (columns without one are not sortable). */
export const SORTABLE: Partial<Record<InvoiceColumn, InvoiceSort>> = {
  number: "number",
  customer: "customer",
  period: "period",
  dates: "due",
  total: "total",
  balance: "balance",
};

const money = (n: number, muted = false) => <span className={`block text-right tabular-nums whitespace-nowrap ${muted ? "text-muted-foreground" : ""}`}>{formatPesos(n)}</span>;

export function invoiceColumns(): ColumnDef<InvoiceRow>[] {
  return [
    {
      id: "number",
      header: "Number",
      cell: ({ row }) => (
        <Link href={`/billing/invoices/${row.original.id}`} className="font-mono text-xs font-medium underline-offset-4 hover:underline">
          {row.original.number}
        </Link>
      ),
    },
    {
      id: "customer",
      header: "Customer",
      cell: ({ row }) => (
        <div className="min-w-40">
          <Link href={`/customers/${row.original.customerId}`} className="font-medium underline-offset-4 hover:underline">
            {row.original.customerName}
          </Link>
          <div className="font-mono text-xs text-muted-foreground">{row.original.accountNo}</div>
        </div>
      ),
    },
    { id: "period", header: "Period", cell: ({ row }) => <span className="text-sm whitespace-nowrap">{formatPeriod(row.original.periodStart, row.original.periodEnd)}</span> },
    {
      id: "dates",
      header: "Issued / due",
      cell: ({ row }) => (
        <div className="text-sm whitespace-nowrap">
          {formatIsoDate(row.original.issueDate)}
          <div className="text-xs text-muted-foreground">due {formatIsoDate(row.original.dueDate)}</div>
        </div>
      ),
    },
    { id: "total", header: () => <span className="block text-right">Total</span>, cell: ({ row }) => money(row.original.total) },
    { id: "paid", header: () => <span className="block text-right">Paid</span>, cell: ({ row }) => money(row.original.amountPaid, true) },
    {
      id: "balance",
      header: () => <span className="block text-right">Balance</span>,
      cell: ({ row }) => (row.original.status === "void" ? money(0, true) : money(row.original.total - row.original.amountPaid)),
    },
    { id: "status", header: "Status", cell: ({ row }) => <InvoiceStatusBadge status={row.original.status} daysOverdue={row.original.daysOverdue} /> },
  ];
}
