import type { Metadata } from "next";
import { BudgetForm } from "@/components/plant/budget-form";
import { PageHeader } from "@/components/shell/page-header";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { loadBudget } from "@/lib/plant/budget";
import { savePlantSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Plant settings" };

export default async function PlantSettingsPage() {
  const { tenant } = await requirePermission("network.manage");
  const budget = await withTenant(tenant.id, (tx) => loadBudget(tx));
  return (
    <>
      <PageHeader
        title="Optical budget"
        description="The loss check: expected power at the ONU = PON transmit power − splitter losses − fibre length × loss per km − connectors. A reading worse than expected by more than the tolerance, or below the floor, is flagged on the job, the line and the NAP."
      />
      <BudgetForm action={savePlantSettingsAction} budget={budget} />
    </>
  );
}
