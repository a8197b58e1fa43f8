"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { declareOutage } from "@/lib/outages/declare";
import { resolveOutage } from "@/lib/outages/resolve";
import { declareOutageSchema, resolveOutageSchema } from "@/lib/validations/outages";

const permission = "network.manage";
const revalidate = ["/network"];

export const declareOutageAction = tenantAction({ schema: declareOutageSchema, permission, revalidate }, async (ctx, input) => {
  const { id } = await declareOutage({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  return { redirectTo: `/network/outages/${id}` };
});

export const resolveOutageAction = tenantAction({ schema: resolveOutageSchema, permission, revalidate }, async (ctx, input) => {
  const r = await resolveOutage({ ...ctx, userId: ctx.user.id }, ctx.tenantId, input);
  if (r.alreadyResolved) return { message: `${r.number} was already resolved; nothing was sent again.` };
  const credits = r.credits > 0 ? ` ${r.credits} line${r.credits === 1 ? "" : "s"} credited for ${r.creditDays} day${r.creditDays === 1 ? "" : "s"}.` : "";
  return { message: `${r.number} resolved. ${r.messages} "service restored" message${r.messages === 1 ? "" : "s"} queued.${credits}` };
});
