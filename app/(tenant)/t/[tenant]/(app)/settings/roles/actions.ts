"use server";

import { revalidatePath } from "next/cache";
import { tenantAction } from "@/lib/actions/tenant-action";
import { createRole, deleteRole, updateRole } from "@/lib/staff/roles";
import { idSchema, roleSchema } from "@/lib/validations/staff";

export const createRoleAction = tenantAction({ schema: roleSchema, permission: "users.manage" }, async (ctx, input) => {
  await createRole(ctx, ctx.tenantId, input);
  revalidatePath("/settings/roles");
  return { redirectTo: `/settings/roles?saved=${encodeURIComponent(input.name)}` };
});

export const updateRoleAction = tenantAction(
  { schema: roleSchema.extend(idSchema.shape), permission: "users.manage" },
  async (ctx, { id, ...input }) => {
    await updateRole(ctx, id, input);
    revalidatePath("/settings/roles");
    return { redirectTo: `/settings/roles?saved=${encodeURIComponent(input.name)}` };
  },
);

export const deleteRoleAction = tenantAction({ schema: idSchema, permission: "users.manage" }, async (ctx, { id }) => {
  await deleteRole(ctx, id);
  revalidatePath("/settings/roles");
  return { redirectTo: "/settings/roles?deleted=1" };
});
