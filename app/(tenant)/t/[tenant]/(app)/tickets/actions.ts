"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { openTicket } from "@/lib/tickets/open";
import { addTicketNote, assignTicket, changeTicketStatus } from "@/lib/tickets/update";
import { openTicketSchema, ticketAssignSchema, ticketNoteSchema, ticketStatusSchema } from "@/lib/validations/tickets";

const permission = "tickets.manage";
const revalidate = ["/tickets"];

export const openTicketAction = tenantAction({ schema: openTicketSchema, permission, revalidate }, async (ctx, input) => {
  const { id } = await openTicket({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  return { redirectTo: `/tickets/${id}` };
});

export const addTicketNoteAction = tenantAction({ schema: ticketNoteSchema, permission, revalidate }, async (ctx, input) => {
  await addTicketNote({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  return { message: "Note added." };
});

export const changeTicketStatusAction = tenantAction({ schema: ticketStatusSchema, permission, revalidate }, async (ctx, input) => {
  await changeTicketStatus({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  return { message: "Status changed." };
});

export const assignTicketAction = tenantAction({ schema: ticketAssignSchema, permission, revalidate }, async (ctx, input) => {
  await assignTicket({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  return { message: "Assignment changed." };
});
