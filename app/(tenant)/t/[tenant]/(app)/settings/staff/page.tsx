import type { Metadata } from "next";
import { AddStaffForm } from "@/components/settings/add-staff-form";
import { StaffRowActions } from "@/components/settings/staff-row-actions";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { roleOptions } from "@/db/queries/roles";
import { listStaff } from "@/db/queries/users";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/time/format";
import { addStaffAction, changeStaffRoleAction, resetStaffPasswordAction, setStaffActiveAction } from "./actions";

export const metadata: Metadata = { title: "Staff" };

export default async function StaffPage() {
  const { tenant, user } = await requirePermission("users.manage");
  const { staff, roles } = await withTenant(tenant.id, async (tx) => ({ staff: await listStaff(tx), roles: await roleOptions(tx) }));
  return (
    <>
      <PageHeader title="Staff" description="Everyone who signs in to this workspace." />
      <div className="mb-8 overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>Status</TableHead>
              <TableHead className="hidden lg:table-cell">Last sign-in</TableHead>
              <TableHead className="text-right">Actions</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {staff.map((m) => (
              <TableRow key={m.id} data-testid={`staff-${m.email}`}>
                <TableCell>
                  <div className="font-medium">{m.name}</div>
                  <div className="text-xs text-muted-foreground">{m.email}</div>
                </TableCell>
                <TableCell>{m.isTenantOwner ? "Owner" : m.roleName}</TableCell>
                <TableCell>
                  <Badge variant={m.active ? "success" : "secondary"}>{m.active ? "Active" : "Deactivated"}</Badge>
                </TableCell>
                <TableCell className="hidden text-sm text-muted-foreground lg:table-cell">
                  {m.lastLoginAt ? formatDateTime(m.lastLoginAt, tenant.timeZone) : "Never"}
                </TableCell>
                <TableCell className="text-right">
                  {m.isTenantOwner || m.id === user.id ? (
                    <span className="text-xs text-muted-foreground">{m.isTenantOwner ? "Holds every permission" : "You"}</span>
                  ) : (
                    <StaffRowActions
                      member={m}
                      roles={roles}
                      changeRole={changeStaffRoleAction}
                      setActive={setStaffActiveAction}
                      resetPassword={user.isTenantOwner ? resetStaffPasswordAction : undefined}
                    />
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <Card className="max-w-3xl">
        <CardHeader>
          <CardTitle>Add a staff member</CardTitle>
        </CardHeader>
        <CardContent>
          <AddStaffForm action={addStaffAction} roles={roles} />
        </CardContent>
      </Card>
    </>
  );
}
