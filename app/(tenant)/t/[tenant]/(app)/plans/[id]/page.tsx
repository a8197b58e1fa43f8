import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { DeletePlanButton } from "@/components/plans/delete-plan-button";
import { PlanForm } from "@/components/plans/plan-form";
import { PlanStatusButton } from "@/components/plans/plan-status-button";
import { PageHeader } from "@/components/shell/page-header";
import { Badge } from "@/components/ui/badge";
import { Separator } from "@/components/ui/separator";
import { getPlan } from "@/db/queries/plans";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { deletePlanAction, setPlanArchivedAction, updatePlanAction } from "../actions";

export const metadata: Metadata = { title: "Edit plan" };

export default async function EditPlanPage({ params }: PageProps<"/t/[tenant]/plans/[id]">) {
  const { tenant } = await requirePermission("plans.manage");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const plan = await withTenant(tenant.id, (tx) => getPlan(tx, { id }));
  if (!plan) notFound();
  const archived = plan.status === "archived";
  const used = plan.totalSubscriptions;
  return (
    <>
      <CustomersAreaTabs current="/plans" />
      <PageHeader
        title={`Plan: ${plan.name}`}
        description={
          used === 0
            ? "No subscription uses this plan yet."
            : `${used} subscription${used === 1 ? "" : "s"} on this plan, ${plan.activeSubscriptions} of them active.`
        }
        actions={<Badge variant={archived ? "secondary" : "success"}>{archived ? "Archived" : "Active"}</Badge>}
      />
      <PlanForm action={updatePlanAction} plan={plan} />
      <Separator className="my-8 max-w-2xl" />
      <section className="flex max-w-2xl flex-col gap-2" aria-labelledby="plan-status-heading">
        <h2 id="plan-status-heading" className="font-medium">
          {archived ? "Put this plan back on sale" : "Stop selling this plan"}
        </h2>
        <p className="text-sm text-muted-foreground">
          {archived
            ? "Unarchived, it can be chosen for new subscriptions again."
            : "Archived, it stays on the subscriptions that have it but cannot be chosen for new ones."}
        </p>
        <PlanStatusButton action={setPlanArchivedAction} id={plan.id} archived={archived} />
      </section>
      <Separator className="my-8 max-w-2xl" />
      <section className="flex max-w-2xl flex-col gap-2" aria-labelledby="plan-delete-heading">
        <h2 id="plan-delete-heading" className="font-medium">
          Delete this plan
        </h2>
        <p className="text-sm text-muted-foreground">Only a plan no subscription ever used can be deleted; otherwise archive it.</p>
        <DeletePlanButton action={deletePlanAction} id={plan.id} name={plan.name} />
      </section>
    </>
  );
}
