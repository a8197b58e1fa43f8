import type { ActionResult } from "@/lib/actions/result";
import type { PlantImportPreview, PlantImportResult } from "@/lib/plant/import/preview";

export type PreviewAction = (prev: ActionResult<{ preview: PlantImportPreview }> | null, formData: FormData) => Promise<ActionResult<{ preview: PlantImportPreview }>>;
export type CommitAction = (prev: ActionResult<PlantImportResult> | null, formData: FormData) => Promise<ActionResult<PlantImportResult>>;

/** The chosen file as the browser read it (a KMZ unpacked to its KML): the text travels with every step. */
export type LoadedPlantFile = { name: string; format: "csv" | "kml"; text: string };
