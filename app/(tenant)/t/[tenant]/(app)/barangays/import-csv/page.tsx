import type { Metadata } from "next";
import { Download } from "lucide-react";
import { CsvImport } from "@/components/barangays/csv-import";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/current";
import { SAMPLE_CSV } from "@/lib/barangays/csv-import";
import { importBarangayCsvAction, previewBarangayCsvAction } from "../actions";

export const metadata: Metadata = { title: "Import barangays from CSV" };

// The sample is a few lines of static text: a data URL serves it without a route that would need its own auth check.
const SAMPLE_HREF = `data:text/csv;charset=utf-8,${encodeURIComponent(SAMPLE_CSV)}`;

export default async function CsvImportPage() {
  await requirePermission("customers.edit");
  return (
    <>
      <CustomersAreaTabs current="/barangays" />
      <PageHeader
        title="Import barangays from CSV"
        description="Upload a spreadsheet saved as CSV. You see every row checked before anything is saved."
        actions={
          <Button asChild variant="outline">
            <a href={SAMPLE_HREF} download="barangays-sample.csv">
              <Download /> Sample CSV
            </a>
          </Button>
        }
      />
      <CsvImport preview={previewBarangayCsvAction} commit={importBarangayCsvAction} />
    </>
  );
}
