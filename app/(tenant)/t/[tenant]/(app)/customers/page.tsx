import type { Metadata } from "next";
import Link from "next/link";
import { FileUp, Plus } from "lucide-react";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { CustomersDataTable } from "@/components/tables/customers/data-table";
import { Button } from "@/components/ui/button";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { customerListSchema } from "@/lib/validations/customer-list";
import { customerListData } from "./list-data";
import { toCustomerRows } from "./list-rows";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage({ searchParams }: PageProps<"/t/[tenant]/customers">) {
  const { tenant, user } = await requirePermission("customers.view");
  const state = customerListSchema.parse(await searchParams);
  const [list, selected] = await withTenant(tenant.id, (tx) => customerListData(tx, state));
  const canEdit = hasPermission(user, "customers.edit");
  return (
    <>
      <CustomersAreaTabs current="/customers" />
      <PageHeader
        title="Customers"
        description="Every subscriber account of your ISP."
        actions={
          canEdit ? (
            <>
              <Button asChild variant="outline">
                <Link href="/customers/import">
                  <FileUp /> Import CSV
                </Link>
              </Button>
              <Button asChild>
                <Link href="/customers/new">
                  <Plus /> New customer
                </Link>
              </Button>
            </>
          ) : null
        }
      />
      <CustomersDataTable
        rows={toCustomerRows(list.rows, tenant.timeZone)}
        total={list.total}
        totalCapped={list.totalCapped}
        page={list.page}
        hasNext={list.hasNext}
        hasPrevious={list.hasPrevious}
        state={state}
        selected={selected}
        canExport={hasPermission(user, "customers.export")}
      />
    </>
  );
}
