import type { TicketPriority, TicketStatus } from "@/db/schema/tickets";

export const TICKET_STATUS_LABEL: Record<TicketStatus, string> = { new: "New", open: "Open", waiting_on_customer: "Waiting on customer", resolved: "Resolved", closed: "Closed" };
export const TICKET_PRIORITY_LABEL: Record<TicketPriority, string> = { low: "Low", normal: "Normal", high: "High", urgent: "Urgent" };
