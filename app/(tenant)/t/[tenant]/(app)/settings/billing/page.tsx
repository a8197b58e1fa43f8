import type { Metadata } from "next";
import { Info } from "lucide-react";
import { BillingSettingsForm } from "@/components/settings/billing/billing-settings-form";
import { toFormValues } from "@/components/settings/billing/form-values";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { getBillingSettings } from "@/lib/billing/settings";
import { getSeries } from "@/lib/numbering/counters";
import { saveBillingSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Billing settings" };

export default async function BillingSettingsPage() {
  const { tenant } = await requirePermission("settings.manage");
  const { settings, invoice, receipt } = await withTenant(tenant.id, async (tx) => ({
    settings: await getBillingSettings(tx, tenant.id),
    invoice: await getSeries(tx, tenant.id, "invoice"),
    receipt: await getSeries(tx, tenant.id, "receipt"),
  }));
  return (
    <>
      <PageHeader title="Billing settings" description="Who issues your invoices and receipts, how VAT is shown, and when customers are billed." />
      {settings.updatedAt === null ? (
        <Alert role="note" className="mb-6 max-w-3xl">
          <Info />
          <AlertDescription>
            Not saved yet. Until you save, billing uses the defaults shown here; check your business name and add your TIN before the first billing run.
          </AlertDescription>
        </Alert>
      ) : null}
      <BillingSettingsForm action={saveBillingSettingsAction} values={toFormValues(settings, invoice, receipt, tenant.name)} />
    </>
  );
}
