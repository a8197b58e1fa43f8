import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { JOB_KIND_LABEL, JOB_STATUS_LABEL } from "@/components/field-jobs/labels";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Pager } from "@/components/shell/pager";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listFieldJobs } from "@/db/queries/field-jobs";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatCalendarDate } from "@/lib/time/format";
import { cn } from "@/lib/utils";

export const metadata: Metadata = { title: "Jobs" };

const PAGE_SIZE = 50;
const filtersSchema = z.object({
  status: z.enum(["open", "done", "cancelled", "all"]).catch("open"),
  mine: z.enum(["1"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
const STATUS_TABS = [
  { value: "open", label: "Open" },
  { value: "done", label: "Done" },
  { value: "cancelled", label: "Cancelled" },
  { value: "all", label: "All" },
] as const;

export default async function JobsPage({ searchParams }: PageProps<"/t/[tenant]/network/jobs">) {
  const { tenant, user } = await requirePermission("network.view");
  const f = filtersSchema.parse(await searchParams);
  const list = await withTenant(tenant.id, (tx) => listFieldJobs(tx, { status: f.status, technicianId: f.mine ? user.id : undefined, page: f.page, size: PAGE_SIZE }));
  const href = (patch: Partial<{ status: string; mine: string | undefined }>) => {
    const q = new URLSearchParams();
    const status = patch.status ?? f.status;
    const mine = "mine" in patch ? patch.mine : f.mine;
    if (status !== "open") q.set("status", status);
    if (mine) q.set("mine", mine);
    const s = q.toString();
    return `/network/jobs${s ? `?${s}` : ""}`;
  };
  return (
    <>
      <NetworkTabs current="/network/jobs" />
      <PageHeader title="Plant jobs" description="Installations, relocations, port and device swaps and pull-outs. Schedule one from the customer's page." />
      <div className="mb-4 flex flex-wrap items-center gap-2">
        {STATUS_TABS.map((t) => (
          <Link key={t.value} href={href({ status: t.value })} aria-current={f.status === t.value ? "page" : undefined} className={cn("rounded-full border px-3 py-1 text-sm", f.status === t.value && "border-primary bg-primary/10 font-medium")}>
            {t.label}
          </Link>
        ))}
        <Link href={href({ mine: f.mine ? undefined : "1" })} aria-current={f.mine ? "true" : undefined} className={cn("rounded-full border px-3 py-1 text-sm", f.mine && "border-primary bg-primary/10 font-medium")}>
          My jobs
        </Link>
      </div>
      {list.rows.length === 0 ? (
        <p className="rounded-lg border p-8 text-center text-sm text-muted-foreground">No jobs in this view.</p>
      ) : (
        <>
          {/* A phone gets cards: what a technician needs at a glance, one tap to open. */}
          <ul className="flex flex-col gap-2 sm:hidden">
            {list.rows.map((j) => (
              <li key={j.id}>
                <Link href={`/network/jobs/${j.id}`} className="block rounded-lg border p-3">
                  <div className="flex items-center justify-between gap-2">
                    <span className="font-medium">{JOB_KIND_LABEL[j.kind]}</span>
                    <Badge variant="outline">{JOB_STATUS_LABEL[j.status]}</Badge>
                  </div>
                  <p className="text-sm">
                    {j.customerName} · {j.accountNo}
                  </p>
                  <p className="text-xs text-muted-foreground">
                    {formatCalendarDate(j.scheduledOn)}
                    {j.napCode ? ` · ${j.napCode} port ${j.portNumber}` : ""}
                    {j.barangayName ? ` · ${j.barangayName}` : ""}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
          <div className="hidden sm:block">
            <Table label="Jobs" aria-label="Jobs">
              <TableHeader>
                <TableRow>
                  <TableHead>Job</TableHead>
                  <TableHead>Customer</TableHead>
                  <TableHead>Day</TableHead>
                  <TableHead>Port</TableHead>
                  <TableHead>Technician</TableHead>
                  <TableHead>Status</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.rows.map((j) => (
                  <TableRow key={j.id}>
                    <TableCell>
                      <Link href={`/network/jobs/${j.id}`} className="font-medium underline-offset-2 hover:underline">
                        {JOB_KIND_LABEL[j.kind]}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <Link href={`/customers/${j.customerId}`} className="underline-offset-2 hover:underline">
                        {j.customerName}
                      </Link>
                      <span className="block text-xs text-muted-foreground">
                        {j.accountNo}
                        {j.barangayName ? ` · ${j.barangayName}` : ""}
                      </span>
                    </TableCell>
                    <TableCell className="tabular-nums">{formatCalendarDate(j.completedOn ?? j.scheduledOn)}</TableCell>
                    <TableCell>{j.napCode ? `${j.napCode} · ${j.portNumber}` : "—"}</TableCell>
                    <TableCell>{j.technicianName ?? <span className="text-muted-foreground">Not assigned</span>}</TableCell>
                    <TableCell>
                      <Badge variant="outline">{JOB_STATUS_LABEL[j.status]}</Badge>
                      {j.signalFlag ? <span className="ml-2 text-xs text-destructive">weak signal</span> : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      {list.total > PAGE_SIZE ? <Pager page={f.page} pageCount={Math.ceil(list.total / PAGE_SIZE)} params={{ status: f.status === "open" ? undefined : f.status, mine: f.mine }} /> : null}
    </>
  );
}
