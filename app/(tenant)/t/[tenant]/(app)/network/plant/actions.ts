"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { createLcp, createNap, createOlt, createPonPort, deleteLcp, deleteNap, deleteOlt, deletePonPort, setPortCondition, updateLcp, updateNap, updateOlt } from "@/lib/plant/plant";
import { lcpSchema, napPortStateSchema, napSchema, oltSchema, ponPortSchema } from "@/lib/validations/plant";

const permission = "network.manage";
const revalidate = ["/network"];
const withId = (what: string) => ({ id: z.uuid(`That ${what} was not found.`) });

export const createOltAction = tenantAction({ schema: oltSchema, permission, revalidate }, async (ctx, input) => {
  const { id } = await createOlt(ctx, ctx.tenantId, input);
  return { redirectTo: `/network/plant/olts/${id}` };
});

export const updateOltAction = tenantAction({ schema: oltSchema.and(z.object(withId("OLT"))), permission, revalidate }, async (ctx, { id, ...input }) => {
  await updateOlt(ctx, id, input);
  return { redirectTo: `/network/plant/olts/${id}` };
});

export const deleteOltAction = tenantAction({ schema: z.object(withId("OLT")), permission, revalidate }, async (ctx, { id }) => {
  await deleteOlt(ctx, id);
  return { redirectTo: "/network/plant" };
});

export const createPonPortAction = tenantAction({ schema: ponPortSchema, permission, revalidate }, async (ctx, input) => {
  await createPonPort(ctx, ctx.tenantId, input);
  return { message: `PON port ${input.label} added.` };
});

export const deletePonPortAction = tenantAction({ schema: z.object(withId("PON port")), permission, revalidate }, async (ctx, { id }) => {
  await deletePonPort(ctx, id);
  return { message: "PON port deleted." };
});

export const createLcpAction = tenantAction({ schema: lcpSchema, permission, revalidate }, async (ctx, input) => {
  const { id } = await createLcp(ctx, ctx.tenantId, input);
  return { redirectTo: `/network/plant/lcps/${id}` };
});

export const updateLcpAction = tenantAction({ schema: lcpSchema.and(z.object(withId("LCP"))), permission, revalidate }, async (ctx, { id, ...input }) => {
  await updateLcp(ctx, id, input);
  return { redirectTo: `/network/plant/lcps/${id}` };
});

export const deleteLcpAction = tenantAction({ schema: z.object(withId("LCP")), permission, revalidate }, async (ctx, { id }) => {
  await deleteLcp(ctx, id);
  return { redirectTo: "/network/plant/lcps" };
});

export const createNapAction = tenantAction({ schema: napSchema, permission, revalidate }, async (ctx, input) => {
  const { id } = await createNap(ctx, ctx.tenantId, input);
  return { redirectTo: `/network/plant/naps/${id}` };
});

export const updateNapAction = tenantAction({ schema: napSchema.and(z.object(withId("NAP"))), permission, revalidate }, async (ctx, { id, ...input }) => {
  await updateNap(ctx, ctx.tenantId, id, input);
  return { redirectTo: `/network/plant/naps/${id}` };
});

export const deleteNapAction = tenantAction({ schema: z.object(withId("NAP")), permission, revalidate }, async (ctx, { id }) => {
  await deleteNap(ctx, id);
  return { redirectTo: "/network/plant/naps" };
});

export const setPortConditionAction = tenantAction({ schema: napPortStateSchema, permission, revalidate }, async (ctx, { portId, state, note }) => {
  await setPortCondition(ctx, portId, state, note);
  return { message: state === "faulty" ? "Port marked faulty." : "Port marked free." };
});
