"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { tenantAction } from "@/lib/actions/tenant-action";
import { changeStaffRole, createStaffUser, setStaffActive } from "@/lib/staff/users";
import { staffSchema } from "@/lib/validations/staff";

export const addStaffAction = tenantAction({ schema: staffSchema, permission: "users.manage" }, async (ctx, input) => {
  await createStaffUser(ctx, ctx.tenantId, input);
  revalidatePath("/settings/staff");
  return { message: `${input.name} can now sign in with ${input.email}.` };
});

const activeSchema = z.object({ id: z.uuid(), active: z.enum(["true", "false"]).transform((v) => v === "true") });

export const setStaffActiveAction = tenantAction({ schema: activeSchema, permission: "users.manage" }, async (ctx, { id, active }) => {
  await setStaffActive(ctx, ctx.user.id, id, active);
  revalidatePath("/settings/staff");
  return { message: active ? "Reactivated." : "Deactivated: their session ends at their next click." };
});

const roleChangeSchema = z.object({ id: z.uuid(), roleId: z.uuid("Choose a role.") });

export const changeStaffRoleAction = tenantAction({ schema: roleChangeSchema, permission: "users.manage" }, async (ctx, { id, roleId }) => {
  await changeStaffRole(ctx, ctx.user.id, id, roleId);
  revalidatePath("/settings/staff");
  return { message: "Role changed." };
});
