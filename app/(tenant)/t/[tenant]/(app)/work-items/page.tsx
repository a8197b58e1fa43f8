import type { Metadata } from "next";
import { ClipboardCheck } from "lucide-react";
import Link from "next/link";
import { Cable } from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { BarangaySection } from "@/components/work-items/barangay-section";
import { groupByBarangay } from "@/components/work-items/group-by-barangay";
import { WorkFilters } from "@/components/work-items/work-filters";
import { listWorkItems, WORK_ITEM_LIST_LIMIT, workItemBarangays } from "@/db/queries/work-items";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { formatCalendarDate, tenantDate } from "@/lib/time/format";
import { workItemFiltersSchema } from "@/lib/validations/work-items";
import { completeWorkItemAction } from "./actions";
import { naturalCompare, sortNaturally } from "@/lib/text/natural-sort";

export const metadata: Metadata = { title: "Field work" };

/**
 * Field work: the disconnections and reconnections billing asked for, due up
 * to a day (overdue ones included), grouped by barangay as a technician
 * makes the rounds. Marking one done records the time and who, so the books
 * and the street agree.
 */
export default async function WorkItemsPage({ searchParams }: PageProps<"/t/[tenant]/work-items">) {
  const { tenant, user } = await requirePermission("work.view");
  const filters = workItemFiltersSchema.parse(await searchParams);
  const today = tenantDate(new Date(), tenant.timeZone);
  const upTo = filters.date ?? today;
  const { list, barangays } = await withTenant(tenant.id, async (tx) => ({
    list: await listWorkItems(tx, { upTo, kind: filters.kind, barangayId: filters.barangay, status: filters.status, today, timeZone: tenant.timeZone }),
    barangays: await workItemBarangays(tx),
  }));
  // Barangays as people count them: "Barangay 2" before "Barangay 10".
  const groups = groupByBarangay(list.rows).sort((a, b) => naturalCompare(a.barangay, b.barangay) || naturalCompare(a.city, b.city));
  const open = list.rows.filter((r) => r.status === "open");
  const overdue = open.filter((r) => r.dueOn < today).length;
  const completeAction = hasPermission(user, "work.complete") ? completeWorkItemAction : undefined;
  const canViewCustomer = hasPermission(user, "customers.view");
  return (
    <>
      <PageHeader
        title="Field work"
        description="Disconnections and reconnections from billing, by barangay. Mark each job done when it is done at the customer's place."
        actions={
          hasPermission(user, "network.view") ? (
            <Button asChild variant="outline">
              <Link href="/network/jobs">
                <Cable /> Installations and plant jobs
              </Link>
            </Button>
          ) : null
        }
      />
      <WorkFilters barangays={sortNaturally(barangays, (b) => `${b.name}, ${b.city}`)} values={{ kind: filters.kind, barangay: filters.barangay, status: filters.status, date: upTo }} today={formatCalendarDate(today)} />
      <p className="mb-4 text-sm text-muted-foreground" role="status">
        {filters.status === "open" ? `${open.length} to do, due up to ${formatCalendarDate(upTo)}` : `${list.rows.length} ${list.rows.length === 1 ? "job" : "jobs"} due up to ${formatCalendarDate(upTo)}`}
        {overdue ? ` · ${overdue} overdue` : ""}
        {filters.status === "open" && open.length < list.rows.length ? ` · ${list.rows.length - open.length} done today` : ""}
        {list.truncated ? ` · showing the first ${WORK_ITEM_LIST_LIMIT}; narrow the filters to see the rest` : ""}
      </p>
      {groups.length === 0 ? (
        <div className="flex flex-col items-center gap-2 rounded-lg border border-dashed px-4 py-12 text-center">
          <ClipboardCheck className="size-8 text-muted-foreground" aria-hidden />
          <p className="font-medium">No field work here</p>
          <p className="max-w-sm text-sm text-muted-foreground">
            The daily job opens a disconnection when a line is suspended for non-payment, and a reconnection when it is paid.
          </p>
        </div>
      ) : (
        <div className="flex flex-col gap-8">
          {groups.map((g) => (
            <BarangaySection key={g.barangayId} group={g} today={today} timeZone={tenant.timeZone} completeAction={completeAction} canViewCustomer={canViewCustomer} />
          ))}
        </div>
      )}
    </>
  );
}
