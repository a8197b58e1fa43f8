import { Badge } from "@/components/ui/badge";
import { daysBetween } from "@/lib/billing/dates";

export type InvoiceStatus = "open" | "partially_paid" | "paid" | "void";
export type InvoiceDisplayStatus = InvoiceStatus | "overdue";

/** What a person sees: an unpaid invoice past its due date is "overdue" (derived, never stored). */
export function displayStatus(status: InvoiceStatus, dueDate: string, today: string): { status: InvoiceDisplayStatus; daysOverdue: number } {
  const unpaid = status === "open" || status === "partially_paid";
  if (unpaid && dueDate < today) return { status: "overdue", daysOverdue: daysBetween(dueDate, today) };
  return { status, daysOverdue: 0 };
}

const LABELS: Record<InvoiceDisplayStatus, string> = { open: "Open", partially_paid: "Partially paid", paid: "Paid", void: "Void", overdue: "Overdue" };
const VARIANTS = { open: "outline", partially_paid: "warning", paid: "success", void: "secondary", overdue: "destructive" } as const;

export function InvoiceStatusBadge({ status, daysOverdue = 0 }: { status: InvoiceDisplayStatus; daysOverdue?: number }) {
  return (
    <Badge variant={VARIANTS[status]}>
      {LABELS[status]}
      {status === "overdue" && daysOverdue > 0 ? ` · ${daysOverdue}d` : ""}
    </Badge>
  );
}

export const INVOICE_STATUS_LABELS = LABELS;
