import type { Metadata } from "next";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { CustomerForm } from "@/components/customers/customer-form";
import { PageHeader } from "@/components/shell/page-header";
import { customerFilterOptions } from "@/db/queries/customers";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { inNaturalOrder } from "@/lib/customers/filter-options";
import { createCustomerAction } from "../actions";

export const metadata: Metadata = { title: "New customer" };

export default async function NewCustomerPage() {
  const { tenant } = await requirePermission("customers.edit");
  const { barangays } = inNaturalOrder(await withTenant(tenant.id, (tx) => customerFilterOptions(tx)));
  return (
    <>
      <CustomersAreaTabs current="/customers" />
      <PageHeader title="New customer" description="The account number is given when you save." />
      <CustomerForm action={createCustomerAction} barangays={barangays} />
    </>
  );
}
