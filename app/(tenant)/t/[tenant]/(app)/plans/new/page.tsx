import type { Metadata } from "next";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PlanForm } from "@/components/plans/plan-form";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/lib/auth/current";
import { createPlanAction } from "../actions";

export const metadata: Metadata = { title: "Add plan" };

export default async function NewPlanPage() {
  await requirePermission("plans.manage");
  return (
    <>
      <CustomersAreaTabs current="/plans" />
      <PageHeader title="Add plan" description="Speeds in Mbps, fees in pesos." />
      <PlanForm action={createPlanAction} />
    </>
  );
}
