import { z } from "zod";
import { TICKET_PRIORITIES, TICKET_STATUSES } from "@/db/schema/tickets";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalId = z.preprocess(blankToUndefined, z.uuid("Choose one from the list.").optional());

export const openTicketSchema = z.object({
  customerId: z.uuid("Choose the customer."),
  subscriptionId: optionalId,
  napId: optionalId,
  outageId: optionalId,
  categoryId: z.uuid("Choose a category."),
  priority: z.preprocess(blankToUndefined, z.enum(TICKET_PRIORITIES, "Choose a priority.").default("normal")),
  subject: z.string().trim().min(1, "Say what the customer reports.").max(200, "Use at most 200 characters."),
  assigneeId: optionalId,
});
export type OpenTicketInput = z.infer<typeof openTicketSchema>;

export const ticketNoteSchema = z.object({
  id: z.uuid("That ticket was not found."),
  body: z.string().trim().min(1, "Write the note.").max(2000, "Use at most 2,000 characters."),
});

export const ticketStatusSchema = z.object({
  id: z.uuid("That ticket was not found."),
  status: z.enum(TICKET_STATUSES, "Choose a status."),
  resolutionCode: z.preprocess(blankToUndefined, z.string().trim().max(80, "Use at most 80 characters.").optional()),
});

export const ticketAssignSchema = z.object({
  id: z.uuid("That ticket was not found."),
  assigneeId: optionalId,
});
