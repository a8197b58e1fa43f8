import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { DeleteRoleButton } from "@/components/settings/delete-role-button";
import { RoleForm } from "@/components/settings/role-form";
import { PageHeader } from "@/components/shell/page-header";
import { Separator } from "@/components/ui/separator";
import { getRole } from "@/db/queries/roles";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { deleteRoleAction, updateRoleAction } from "../actions";

export const metadata: Metadata = { title: "Edit role" };

export default async function EditRolePage({ params }: PageProps<"/t/[tenant]/settings/roles/[id]">) {
  const { tenant } = await requirePermission("users.manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const role = await withTenant(tenant.id, (tx) => getRole(tx, { id }));
  if (!role) notFound();
  return (
    <>
      <PageHeader title={`Role: ${role.name}`} description="Changes apply to everyone in this role at their next click." />
      <RoleForm action={updateRoleAction} role={role} />
      <Separator className="my-8 max-w-3xl" />
      <div className="flex max-w-3xl flex-col gap-2">
        <h2 className="font-medium">Delete this role</h2>
        <p className="text-sm text-muted-foreground">Only a role nobody holds can be deleted.</p>
        <DeleteRoleButton action={deleteRoleAction} id={role.id} name={role.name} />
      </div>
    </>
  );
}
