import { Download } from "lucide-react";
import type { Metadata } from "next";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { CustomerImport } from "@/components/customers/import/customer-import";
import { ImportHelp } from "@/components/customers/import/import-help";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatDocumentNumber, getSeries } from "@/lib/numbering/counters";
import { importCustomersAction, previewCustomerImportAction } from "./actions";

export const metadata: Metadata = { title: "Import customers" };

export default async function CustomerImportPage() {
  const { tenant } = await requirePermission("customers.edit");
  const series = await withTenant(tenant.id, (tx) => getSeries(tx, tenant.id, "customer"));
  const nextAccountNo = formatDocumentNumber(series.prefix, series.padding, series.nextValue);
  return (
    <>
      <CustomersAreaTabs current="/customers" />
      <PageHeader
        title="Import customers"
        description="Bring your subscriber list over from a spreadsheet saved as CSV. You check every row before anything is saved."
        actions={
          <Button asChild variant="outline">
            {/* A route handler, not a page: the browser downloads it. */}
            <a href="/customers/import/sample" download>
              <Download />
              Sample CSV
            </a>
          </Button>
        }
      />
      <div className="flex flex-col gap-8">
        <CustomerImport preview={previewCustomerImportAction} commit={importCustomersAction} nextAccountNo={nextAccountNo} />
        <ImportHelp nextAccountNo={nextAccountNo} />
      </div>
    </>
  );
}
