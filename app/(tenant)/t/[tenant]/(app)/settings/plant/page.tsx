import type { Metadata } from "next";
import { OutageCreditForm } from "@/components/outages/credit-settings-form";
import { BudgetForm } from "@/components/plant/budget-form";
import { PageHeader } from "@/components/shell/page-header";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { loadOutageCreditHours } from "@/lib/outages/settings";
import { loadBudget } from "@/lib/plant/budget";
import { saveOutageCreditAction, savePlantSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Plant settings" };

export default async function PlantSettingsPage() {
  const { tenant } = await requirePermission("network.manage");
  const { budget, creditHours } = await withTenant(tenant.id, async (tx) => ({ budget: await loadBudget(tx), creditHours: await loadOutageCreditHours(tx) }));
  return (
    <>
      <PageHeader
        title="Optical budget"
        description="The loss check: expected power at the ONU = PON transmit power − splitter losses − fibre length × loss per km − connectors. A reading worse than expected by more than the tolerance, or below the floor, is flagged on the job, the line and the NAP."
      />
      <BudgetForm action={savePlantSettingsAction} budget={budget} />
      <section aria-labelledby="outage-credits" className="mt-10 flex flex-col gap-3 border-t pt-6">
        <h2 id="outage-credits" className="text-lg font-semibold">
          Outage credits
        </h2>
        <OutageCreditForm action={saveOutageCreditAction} hours={creditHours} />
      </section>
    </>
  );
}
