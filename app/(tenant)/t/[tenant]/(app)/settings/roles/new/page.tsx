import type { Metadata } from "next";
import { RoleForm } from "@/components/settings/role-form";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/lib/auth/current";
import { createRoleAction } from "../actions";

export const metadata: Metadata = { title: "New role" };

export default async function NewRolePage() {
  await requirePermission("users.manage");
  return (
    <>
      <PageHeader title="New role" description="Tick what people in this role may see and do." />
      <RoleForm action={createRoleAction} />
    </>
  );
}
