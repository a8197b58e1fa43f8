import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { CustomerForm } from "@/components/customers/customer-form";
import { PageHeader } from "@/components/shell/page-header";
import { customerFilterOptions, getCustomer } from "@/db/queries/customers";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { inNaturalOrder } from "@/lib/customers/filter-options";
import { updateCustomerAction } from "../../actions";

export const metadata: Metadata = { title: "Edit customer" };

export default async function EditCustomerPage({ params }: PageProps<"/t/[tenant]/customers/[id]/edit">) {
  const { tenant } = await requirePermission("customers.edit");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const data = await withTenant(tenant.id, async (tx) => ({ customer: await getCustomer(tx, { id }), options: inNaturalOrder(await customerFilterOptions(tx)) }));
  if (!data.customer) notFound();
  const c = data.customer;
  return (
    <>
      <CustomersAreaTabs current="/customers" />
      <PageHeader title={`Edit ${c.firstName} ${c.lastName}`} description={c.accountNo} />
      <CustomerForm action={updateCustomerAction} barangays={data.options.barangays} customer={c} />
    </>
  );
}
