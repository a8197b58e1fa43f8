import { z } from "zod";
import { MAX_PLANT_FILE_BYTES } from "./limits";

/**
 * What the import page posts at each step: the file's text as the browser read
 * it (a KMZ already unpacked to its KML), re-read by the server every time.
 */
export const plantImportSchema = z.object({
  fileName: z
    .string()
    .trim()
    .max(255, "Rename the file to something shorter.")
    .transform((v) => v.split(/[\\/]/).pop() || "plant.csv"),
  format: z.enum(["csv", "kml"], { message: "Choose a CSV, KML or KMZ file." }),
  text: z.string().min(1, "Choose a file.").max(MAX_PLANT_FILE_BYTES, "The file is larger than 5 MB: split it into smaller files."),
});
export type PlantImportInput = z.infer<typeof plantImportSchema>;
