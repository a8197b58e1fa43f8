import type { Metadata } from "next";
import { AuditEntry } from "@/components/settings/audit-entry";
import { AuditFilters } from "@/components/settings/audit-filters";
import { PageHeader } from "@/components/shell/page-header";
import { Pager } from "@/components/shell/pager";
import { AUDIT_PAGE_SIZE, auditFilterOptions, listAuditLog } from "@/db/queries/audit";
import { auditEntityNames } from "@/db/queries/audit-names";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { actionLabel, auditSentence } from "@/lib/audit/sentence";
import { formatDateTime } from "@/lib/time/format";
import { auditFiltersSchema } from "@/lib/validations/audit-filters";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({ searchParams }: PageProps<"/t/[tenant]/settings/audit">) {
  const { tenant } = await requirePermission("audit.view");
  const f = auditFiltersSchema.parse(await searchParams);
  const { rows, total, options, names } = await withTenant(tenant.id, async (tx) => {
    const page = await listAuditLog(
      tx,
      { userId: f.user, entityType: f.entity, action: f.action, from: f.from, to: f.to, timeZone: tenant.timeZone },
      f.page,
    );
    // The names of every record on this page in one query, not one per row.
    return { ...page, names: await auditEntityNames(tx, page.rows), options: await auditFilterOptions(tx) };
  });
  const entries = rows.map((r) => ({
    id: r.id,
    when: formatDateTime(r.createdAt, tenant.timeZone),
    at: r.createdAt.toISOString(),
    sentence: auditSentence({ ...r, actorName: r.userName }, names),
    action: r.action,
    changes: r.changes,
    ip: r.ip,
    userAgent: r.userAgent,
  }));
  return (
    <>
      <PageHeader title="Audit log" description={`Every change made in ${tenant.name}. ${total} matching entr${total === 1 ? "y" : "ies"}.`} />
      <AuditFilters options={{ ...options, actions: options.actions.map((a) => ({ value: a, label: actionLabel(a) })) }} values={f} />
      <div className="rounded-lg border">
        <div className="hidden grid-cols-[11rem_minmax(0,1fr)] gap-4 border-b px-4 py-2 text-sm font-medium md:grid" aria-hidden>
          <span>When</span>
          <span>What happened</span>
        </div>
        {entries.length === 0 ? (
          <p className="px-4 py-8 text-center text-muted-foreground">No entries match these filters.</p>
        ) : (
          <ol aria-label="Audit log entries, newest first">
            {entries.map((e) => (
              <AuditEntry key={e.id} entry={e} />
            ))}
          </ol>
        )}
      </div>
      <Pager
        page={f.page}
        pageCount={Math.ceil(total / AUDIT_PAGE_SIZE)}
        params={{ user: f.user, entity: f.entity, action: f.action, from: f.from, to: f.to }}
      />
    </>
  );
}
