"use server";

import { tenantAction } from "@/lib/actions/tenant-action";
import { createRole, deleteRole, updateRole } from "@/lib/staff/roles";
import { idSchema, roleSchema, roleUpdateSchema } from "@/lib/validations/staff";

export const createRoleAction = tenantAction({ schema: roleSchema, permission: "users.manage", revalidate: ["/settings/roles"] }, async (ctx, input) => {
  await createRole(ctx, ctx.tenantId, input);
  return { redirectTo: `/settings/roles?saved=${encodeURIComponent(input.name)}` };
});

export const updateRoleAction = tenantAction(
  { schema: roleUpdateSchema, permission: "users.manage", revalidate: ["/settings/roles"] },
  async (ctx, { id, ...input }) => {
    await updateRole(ctx, id, input);
    return { redirectTo: `/settings/roles?saved=${encodeURIComponent(input.name)}` };
  },
);

// No revalidation: it would re-render the deleted role's page before the form navigates away.
export const deleteRoleAction = tenantAction({ schema: idSchema, permission: "users.manage" }, async (ctx, { id }) => {
  await deleteRole(ctx, id);
  return { redirectTo: "/settings/roles?deleted=1" };
});
