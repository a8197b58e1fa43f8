import type { Metadata } from "next";
import Link from "next/link";
import { FileUp, MapPinned, Plus } from "lucide-react";
import { BarangayFilters } from "@/components/barangays/barangay-filters";
import { BarangayTable } from "@/components/barangays/barangay-table";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Pager } from "@/components/shell/pager";
import { Button } from "@/components/ui/button";
import { BARANGAY_PAGE_SIZE, barangayPlaces, listBarangays } from "@/db/queries/barangays";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { barangayListParams } from "@/lib/barangays/list-params";
import { hasPermission } from "@/lib/permissions/check";

export const metadata: Metadata = { title: "Barangays" };

export default async function BarangaysPage({ searchParams }: PageProps<"/t/[tenant]/barangays">) {
  const { tenant, user } = await requirePermission("customers.view");
  const f = barangayListParams.parse(await searchParams);
  const { list, places } = await withTenant(tenant.id, async (tx) => ({
    list: await listBarangays(tx, { q: f.q, province: f.province, city: f.city }, f.page),
    places: await barangayPlaces(tx),
  }));
  const canEdit = hasPermission(user, "customers.edit");
  const filtered = Boolean(f.q || f.province || f.city);
  return (
    <>
      <CustomersAreaTabs current="/barangays" />
      <PageHeader
        title="Barangays"
        description={`Where your customers live. ${list.total.toLocaleString("en")} ${filtered ? "matching" : "in your list"}.`}
        actions={
          canEdit ? (
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="outline">
                <Link href="/barangays/import">
                  <MapPinned /> Import from PSGC
                </Link>
              </Button>
              <Button asChild variant="outline">
                <Link href="/barangays/import-csv">
                  <FileUp /> Import CSV
                </Link>
              </Button>
              <Button asChild>
                <Link href="/barangays/new">
                  <Plus /> Add barangay
                </Link>
              </Button>
            </div>
          ) : null
        }
      />
      <BarangayFilters places={places} values={f} />
      <BarangayTable rows={list.rows} canEdit={canEdit} filtered={filtered} />
      {list.total > BARANGAY_PAGE_SIZE ? (
        <Pager page={f.page} pageCount={Math.ceil(list.total / BARANGAY_PAGE_SIZE)} params={{ q: f.q, province: f.province, city: f.city }} />
      ) : null}
    </>
  );
}
