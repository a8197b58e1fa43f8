import type { Metadata } from "next";
import { PsgcImportButton } from "@/components/barangays/psgc-import-button";
import { PsgcPlacePicker } from "@/components/barangays/psgc-place-picker";
import { PsgcPreviewTable } from "@/components/barangays/psgc-preview-table";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { listHref } from "@/lib/barangays/list-href";
import { psgcImportParams } from "@/lib/barangays/list-params";
import { listCities, listProvinces, PSGC_RELEASE } from "@/lib/barangays/psgc";
import { previewPsgcImport } from "@/lib/barangays/psgc-preview";
import { importPsgcAction } from "../actions";
import { plural } from "@/lib/text/plural";

export const metadata: Metadata = { title: "Import barangays from PSGC" };

export default async function PsgcImportPage({ searchParams }: PageProps<"/t/[tenant]/barangays/import">) {
  const { tenant } = await requirePermission("customers.edit");
  const { province, city } = psgcImportParams.parse(await searchParams);
  const provinces = await listProvinces();
  const cities = province ? await listCities(province) : [];
  const preview = province && city ? await withTenant(tenant.id, (tx) => previewPsgcImport(tx, province, city)) : null;
  const newCount = preview ? preview.toImport.length : 0;
  return (
    <>
      <CustomersAreaTabs current="/barangays" />
      <PageHeader
        title="Import from PSGC"
        description={`Add a city's or municipality's barangays with their official codes, from the ${PSGC_RELEASE.label} (Philippine Statistics Authority).`}
      />
      <div className="flex flex-col gap-4">
        <PsgcPlacePicker provinces={provinces} cities={cities} province={province} city={preview ? city : undefined} />
        {province && city && !preview ? (
          <Alert variant="destructive">
            <AlertDescription>That city or municipality is not in this province. Choose it again.</AlertDescription>
          </Alert>
        ) : null}
        {preview ? (
          <section aria-labelledby="psgc-preview-title" className="flex flex-col gap-4">
            <div>
              <h2 id="psgc-preview-title" className="text-lg font-semibold">
                {preview.city.name}, {preview.province.name}
              </h2>
              <p className="text-sm text-muted-foreground">
                {plural(preview.barangays.length, "barangay")} in PSGC · {newCount.toLocaleString("en")} new ·{" "}
                {(preview.barangays.length - newCount).toLocaleString("en")} already in your list
              </p>
            </div>
            <PsgcImportButton
              key={preview.city.code}
              action={importPsgcAction}
              province={preview.province.code}
              city={preview.city.code}
              newCount={newCount}
              listHref={listHref({ province: preview.province.name, city: preview.city.name })}
            />
            <PsgcPreviewTable barangays={preview.barangays} />
          </section>
        ) : null}
      </div>
    </>
  );
}
