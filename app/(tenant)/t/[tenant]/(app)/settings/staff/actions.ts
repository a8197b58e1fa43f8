"use server";

import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { changeStaffRole, createStaffUser, resetStaffPassword, setStaffActive } from "@/lib/staff/users";
import { staffSchema } from "@/lib/validations/staff";

export const addStaffAction = tenantAction({ schema: staffSchema, permission: "users.manage", revalidate: ["/settings/staff"] }, async (ctx, input) => {
  await createStaffUser(ctx, ctx.tenantId, input);
  return { message: `${input.name} can now sign in with ${input.email}.` };
});

const activeSchema = z.object({ id: z.uuid(), active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setStaffActiveAction = tenantAction({ schema: activeSchema, permission: "users.manage", revalidate: ["/settings/staff"] }, async (ctx, { id, active }) => {
  await setStaffActive(ctx, ctx.user.id, id, active);
  return { message: active ? "Reactivated." : "Deactivated: their session ends at their next click." };
});

const roleChangeSchema = z.object({ id: z.uuid(), roleId: z.uuid("Choose a role.") });

export const changeStaffRoleAction = tenantAction({ schema: roleChangeSchema, permission: "users.manage", revalidate: ["/settings/staff"] }, async (ctx, { id, roleId }) => {
  await changeStaffRole(ctx, ctx.user.id, id, roleId);
  return { message: "Role changed." };
});

const resetSchema = z.object({ id: z.uuid() });

/** Owner only (checked in resetStaffPassword, inside the transaction): the temporary password is shown once, here. */
export const resetStaffPasswordAction = tenantAction({ schema: resetSchema, permission: "users.manage", revalidate: ["/settings/staff"] }, async (ctx, { id }) => {
  const { name, temporaryPassword } = await resetStaffPassword(ctx, ctx.user, id);
  return {
    message: `${name}'s temporary password is ${temporaryPassword}. Give it to them in person or by phone; they choose their own at their next sign-in. It is shown only this once.`,
  };
});
