import type { Metadata } from "next";
import { PlantImport } from "@/components/plant/import/plant-import";
import { PlantImportHelp } from "@/components/plant/import/plant-import-help";
import { PageHeader } from "@/components/shell/page-header";
import { requirePermission } from "@/lib/auth/current";
import { importPlantAction, previewPlantImportAction } from "./actions";

export const metadata: Metadata = { title: "Import plant" };

export default async function PlantImportPage() {
  await requirePermission("network.manage");
  return (
    <>
      <PageHeader
        title="Import plant"
        description="Bring over the LCPs, NAPs and port assignments you keep in spreadsheets, or the boxes you drew in Google Earth. You check every row before anything is saved."
      />
      <div className="flex flex-col gap-8">
        <PlantImport preview={previewPlantImportAction} commit={importPlantAction} />
        <PlantImportHelp />
      </div>
    </>
  );
}
