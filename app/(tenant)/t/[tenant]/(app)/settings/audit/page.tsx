import type { Metadata } from "next";
import { AuditChangesList } from "@/components/settings/audit-changes";
import { AuditFilters } from "@/components/settings/audit-filters";
import { PageHeader } from "@/components/shell/page-header";
import { Pager } from "@/components/shell/pager";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditLog } from "@/db/queries/audit";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatDateTime } from "@/lib/time/format";
import { auditFiltersSchema } from "@/lib/validations/audit-filters";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: PageProps<"/t/[tenant]/settings/audit">) {
  const { tenant } = await requirePermission("audit.view");
  const f = auditFiltersSchema.parse(await searchParams);
  const { rows, total, options } = await withTenant(tenant.id, async (tx) => {
    const page = await listAuditLog(
      tx,
      { userId: f.user, entityType: f.entity, action: f.action, from: f.from, to: f.to, timeZone: tenant.timeZone },
      f.page,
    );
    return { ...page, options: await auditFilterOptions(tx) };
  });
  return (
    <>
      <PageHeader title="Audit log" description={`Every change made in ${tenant.name}. ${total} matching entr${total === 1 ? "y" : "ies"}.`} />
      <AuditFilters options={options} values={f} />
      <div className="overflow-x-auto rounded-lg border">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>When</TableHead>
              <TableHead>Who</TableHead>
              <TableHead>Action</TableHead>
              <TableHead>Record</TableHead>
              <TableHead>Changes</TableHead>
              <TableHead className="hidden xl:table-cell">From</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.length === 0 ? (
              <TableRow>
                <TableCell colSpan={6} className="py-8 text-center text-muted-foreground">
                  No entries match these filters.
                </TableCell>
              </TableRow>
            ) : (
              rows.map((r) => (
                <TableRow key={r.id} className="align-top">
                  <TableCell className="whitespace-nowrap text-sm">{formatDateTime(r.createdAt, tenant.timeZone)}</TableCell>
                  <TableCell className="text-sm">{r.userName ?? "System"}</TableCell>
                  <TableCell>
                    <code className="text-xs">{r.action}</code>
                  </TableCell>
                  <TableCell className="text-sm">
                    {r.entityType}
                    {r.entityId ? <div className="max-w-28 truncate text-xs text-muted-foreground" title={r.entityId}>{r.entityId}</div> : null}
                  </TableCell>
                  <TableCell className="min-w-56">
                    <AuditChangesList changes={r.changes} />
                  </TableCell>
                  <TableCell className="hidden max-w-48 text-xs text-muted-foreground xl:table-cell">
                    <div>{r.ip ?? "—"}</div>
                    <div className="truncate" title={r.userAgent ?? ""}>{r.userAgent ?? ""}</div>
                  </TableCell>
                </TableRow>
              ))
            )}
          </TableBody>
        </Table>
      </div>
      <Pager
        page={f.page}
        pageCount={Math.ceil(total / AUDIT_PAGE_SIZE)}
        params={{ user: f.user, entity: f.entity, action: f.action, from: f.from, to: f.to }}
      />
    </>
  );
}
