import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { BarangayForm } from "@/components/barangays/barangay-form";
import { DeleteBarangayButton } from "@/components/barangays/delete-barangay-button";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { barangayPlaces, getBarangay } from "@/db/queries/barangays";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { deleteBarangayAction, updateBarangayAction } from "../actions";

export const metadata: Metadata = { title: "Edit barangay" };

export default async function EditBarangayPage({ params }: PageProps<"/t/[tenant]/barangays/[id]">) {
  const { tenant } = await requirePermission("customers.edit");
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) notFound();
  const { barangay, places } = await withTenant(tenant.id, async (tx) => ({
    barangay: await getBarangay(tx, { id: id.data }),
    places: await barangayPlaces(tx),
  }));
  if (!barangay) notFound();
  const customers = barangay.customerCount;
  return (
    <>
      <CustomersAreaTabs current="/barangays" />
      <PageHeader title={barangay.name} description={`${barangay.city}, ${barangay.province}`} />
      <div className="flex max-w-2xl flex-col gap-6">
        <Card>
          <CardContent>
            <BarangayForm action={updateBarangayAction} values={barangay} places={places} submitLabel="Save changes" />
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Delete</CardTitle>
            <CardDescription>
              {customers > 0
                ? `${customers.toLocaleString("en")} customer${customers === 1 ? " lives" : "s live"} here: move them to another barangay before deleting it.`
                : "No customer lives here, so it can be deleted."}
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteBarangayButton action={deleteBarangayAction} id={barangay.id} name={barangay.name} />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
