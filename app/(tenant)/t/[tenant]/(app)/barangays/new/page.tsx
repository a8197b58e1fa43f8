import type { Metadata } from "next";
import { BarangayForm } from "@/components/barangays/barangay-form";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent } from "@/components/ui/card";
import { barangayPlaces } from "@/db/queries/barangays";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { createBarangayAction } from "../actions";

export const metadata: Metadata = { title: "Add barangay" };

export default async function NewBarangayPage() {
  const { tenant } = await requirePermission("customers.edit");
  const places = await withTenant(tenant.id, (tx) => barangayPlaces(tx));
  return (
    <>
      <CustomersAreaTabs current="/barangays" />
      <PageHeader title="Add a barangay" description="One barangay at a time. To add a whole city's, import them from the PSGC list." />
      <Card className="max-w-2xl">
        <CardContent>
          <BarangayForm action={createBarangayAction} places={places} submitLabel="Add barangay" />
        </CardContent>
      </Card>
    </>
  );
}
