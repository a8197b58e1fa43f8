import type { Metadata } from "next";
import Link from "next/link";
import { Plus } from "lucide-react";
import { z } from "zod";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PlanStatusFilter } from "@/components/plans/plan-status-filter";
import { PlansTable } from "@/components/plans/plans-table";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { countPlansByStatus, listPlans } from "@/db/queries/plans";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";

export const metadata: Metadata = { title: "Plans" };

// An unknown ?status= falls back to the default view instead of an error page.
const statusParam = z.enum(["active", "archived", "all"]).catch("active");

const EMPTY = {
  active: "No plans on sale. Add one, or unarchive an old one.",
  archived: "No archived plans.",
  all: "No plans yet. Add the plans you sell, with their monthly and installation fees.",
} as const;

export default async function PlansPage({ searchParams }: PageProps<"/t/[tenant]/plans">) {
  const { tenant, user } = await requirePermission("customers.view");
  const canManage = hasPermission(user, "plans.manage");
  const { status: rawStatus, saved, deleted } = await searchParams;
  const status = statusParam.parse(rawStatus);
  const { plans, counts } = await withTenant(tenant.id, async (tx) => ({
    plans: await listPlans(tx, { status }),
    counts: await countPlansByStatus(tx),
  }));
  return (
    <>
      <CustomersAreaTabs current="/plans" />
      <PageHeader
        title="Plans"
        description="What you sell: speeds and fees. Archived plans stay on their subscriptions but cannot be chosen for new ones."
        actions={
          canManage ? (
            <Button asChild>
              <Link href="/plans/new">
                <Plus /> Add plan
              </Link>
            </Button>
          ) : null
        }
      />
      {typeof saved === "string" || deleted ? (
        <Alert role="status" className="mb-4">
          <AlertDescription>{deleted ? "Plan deleted." : `Saved plan ${saved}.`}</AlertDescription>
        </Alert>
      ) : null}
      <PlanStatusFilter current={status} counts={counts} />
      <PlansTable plans={plans} canManage={canManage} empty={counts.active + counts.archived === 0 ? EMPTY.all : EMPTY[status]} />
    </>
  );
}
