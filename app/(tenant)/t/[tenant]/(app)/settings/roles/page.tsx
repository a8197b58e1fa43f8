import type { Metadata } from "next";
import Link from "next/link";
import { Check, Plus } from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listRoles } from "@/db/queries/roles";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { PERMISSION_GROUPS } from "@/lib/permissions/catalog";
import { DASHBOARD_PATH, LANDING_PAGES } from "@/lib/staff/landing";

export const metadata: Metadata = { title: "Roles" };

/** "Payments", not "Payments (the cashier's counter)": the short name fits a column heading. */
function landingLabel(path: string | null): string {
  const page = LANDING_PAGES.find((p) => p.path === (path ?? DASHBOARD_PATH));
  return page ? page.label.replace(/ \(.*\)$/, "") : "Dashboard";
}

/** The permission matrix: permissions down, roles across. */
export default async function RolesPage({ searchParams }: PageProps<"/t/[tenant]/settings/roles">) {
  const { tenant } = await requirePermission("users.manage");
  const roles = await withTenant(tenant.id, (tx) => listRoles(tx));
  const { saved, deleted } = await searchParams;
  return (
    <>
      <PageHeader
        title="Roles"
        description="The owner can do everything. Everyone else can do what their role allows."
        actions={
          <Button asChild>
            <Link href="/settings/roles/new">
              <Plus /> New role
            </Link>
          </Button>
        }
      />
      {typeof saved === "string" || deleted ? (
        <Alert role="status" className="mb-4">
          <AlertDescription>{deleted ? "Role deleted." : `Saved role ${saved}.`}</AlertDescription>
        </Alert>
      ) : null}
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="min-w-48">Permission</TableHead>
              {roles.map((r) => (
                <TableHead key={r.id} className="text-center">
                  <Link href={`/settings/roles/${r.id}`} className="underline-offset-4 hover:underline">
                    {r.name}
                  </Link>
                  <div className="text-xs font-normal text-muted-foreground">{r.holders} staff</div>
                  <div className="text-xs font-normal text-muted-foreground">Lands on {landingLabel(r.landingPath)}</div>
                </TableHead>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {PERMISSION_GROUPS.flatMap((g) =>
              g.permissions.map((p, i) => (
                <TableRow key={p.key}>
                  <TableCell>
                    {i === 0 ? <span className="mr-2 text-xs text-muted-foreground uppercase">{g.area}</span> : null}
                    {p.label}
                  </TableCell>
                  {roles.map((r) => (
                    <TableCell key={r.id} className="text-center">
                      {r.permissions.includes(p.key) ? (
                        <Check className="mx-auto size-4 text-primary" aria-label={`${r.name}: ${p.label}`} />
                      ) : (
                        <span className="sr-only">not granted</span>
                      )}
                    </TableCell>
                  ))}
                </TableRow>
              )),
            )}
          </TableBody>
        </Table>
      </div>
    </>
  );
}
