"use client";

import type { ColumnDef } from "@tanstack/react-table";
import { Mail, MessageSquare } from "lucide-react";
import Link from "next/link";
import type { OutboxStatus } from "@/db/schema/notifications";
import { templateLabel } from "@/lib/notify/template-label";
import type { OutboxSort } from "@/lib/validations/outbox-list";
import { RetryButton, type RetryAction } from "./retry-button";
import { OutboxStatusBadge } from "./status";
import { formatDateTime, formatDayOf, formatTimeOf } from "@/lib/time/format";

export type OutboxRow = {
  id: string;
  channel: "sms" | "email";
  recipient: string;
  customerId: string | null;
  customerName: string | null;
  accountNo: string | null;
  templateKey: string;
  subject: string | null;
  body: string;
  status: OutboxStatus;
  attempts: number;
  /** ISO instants (serialised for the client). */
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  createdAt: string;
  /** The retry button applies: failed, or queued and waiting after an error. */
  retryable: boolean;
};

export type OutboxColumn = "created" | "to" | "message" | "status" | "attempts" | "sent" | "actions";

/** Column id -> the server sort it maps to (columns without one are not sortable). */
export const SORTABLE: Partial<Record<OutboxColumn, OutboxSort>> = { created: "created", attempts: "attempts", sent: "sent" };

export function outboxColumns({ timeZone, retry }: { timeZone: string; retry: RetryAction | null }): ColumnDef<OutboxRow>[] {
  // Written by lib/time/format, not Intl's locale data: this renders on the server and again in the browser.
  const when = (iso: string | null) => formatDateTime(iso, timeZone);
  // Date over time: keeps the two time columns narrow enough for the table to fit a laptop screen.
  const stamp = (iso: string | null) =>
    iso ? (
      <time dateTime={iso} className="block text-sm whitespace-nowrap">
        {formatDayOf(iso, timeZone)}
        <span className="block text-xs text-muted-foreground">{formatTimeOf(iso, timeZone)}</span>
      </time>
    ) : (
      <span className="text-muted-foreground">—</span>
    );
  const columns: ColumnDef<OutboxRow>[] = [
    { id: "created", header: "Created", cell: ({ row }) => stamp(row.original.createdAt) },
    {
      id: "to",
      header: "To",
      cell: ({ row }) => {
        const r = row.original;
        const Icon = r.channel === "sms" ? MessageSquare : Mail;
        return (
          <div className="max-w-60 min-w-52">
            <div className="flex items-center gap-1.5 font-mono text-xs">
              <Icon className="size-3.5 shrink-0 text-muted-foreground" aria-label={r.channel === "sms" ? "SMS" : "Email"} />
              <span className="[overflow-wrap:anywhere]">{r.recipient}</span>
            </div>
            {r.customerId && r.customerName ? (
              <Link href={`/customers/${r.customerId}`} className="text-sm font-medium underline-offset-4 hover:underline">
                {r.customerName}
              </Link>
            ) : null}
            {r.accountNo ? <div className="font-mono text-xs text-muted-foreground">{r.accountNo}</div> : null}
          </div>
        );
      },
    },
    {
      id: "message",
      header: "Message",
      cell: ({ row }) => {
        const r = row.original;
        return (
          <div className="max-w-80 min-w-56">
            <div className="text-sm font-medium">{templateLabel(r.templateKey)}</div>
            {r.subject ? <div className="truncate text-xs text-muted-foreground">{r.subject}</div> : null}
            <p className="line-clamp-2 text-xs text-muted-foreground" title={r.body}>
              {r.body}
            </p>
          </div>
        );
      },
    },
    {
      id: "status",
      header: "Status",
      cell: ({ row }) => {
        const r = row.original;
        return (
          <div className="max-w-56 min-w-24">
            <OutboxStatusBadge status={r.status} />
            {r.status === "queued" && r.lastError ? <div className="mt-1 text-xs text-muted-foreground">next try {when(r.nextAttemptAt)}</div> : null}
            {r.lastError ? (
              <p className="mt-1 line-clamp-2 text-xs text-destructive" title={r.lastError}>
                {r.lastError}
              </p>
            ) : null}
          </div>
        );
      },
    },
    { id: "attempts", header: () => <span className="block text-right">Attempts</span>, cell: ({ row }) => <span className="block text-right tabular-nums">{row.original.attempts}</span> },
    { id: "sent", header: "Sent", cell: ({ row }) => stamp(row.original.sentAt) },
  ];
  if (retry) {
    columns.push({
      id: "actions",
      header: () => <span className="sr-only">Actions</span>,
      cell: ({ row }) => (row.original.retryable ? <RetryButton id={row.original.id} action={retry} label={`${templateLabel(row.original.templateKey)} to ${row.original.recipient}`} /> : null),
    });
  }
  return columns;
}
