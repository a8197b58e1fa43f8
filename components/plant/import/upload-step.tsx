"use client";

import { useState, type ChangeEvent } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { decodeCsvBytes } from "@/lib/customers/import/decode";
import { kmlFromKmz, KmzError } from "@/lib/plant/import/kmz";
import { MAX_PLANT_FILE_BYTES, MAX_PLANT_IMPORT_ROWS } from "@/lib/plant/import/limits";
import type { LoadedPlantFile } from "./types";

/** Reads the file in the browser: a KMZ is unpacked here, so the server only ever reads CSV or KML text. */
async function load(file: File): Promise<LoadedPlantFile | string> {
  const ext = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? "";
  if (!["csv", "txt", "kml", "kmz"].includes(ext)) return "Choose a .csv file (from Excel or Google Sheets) or a .kml or .kmz file (from Google Earth).";
  if (file.size > MAX_PLANT_FILE_BYTES) return "The file is larger than 5 MB: split it into smaller files.";
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (ext === "kmz") {
    try {
      const text = kmlFromKmz(bytes);
      if (text.length > MAX_PLANT_FILE_BYTES) return "The map inside this KMZ is larger than 5 MB: split it into smaller files.";
      return { name: file.name, format: "kml", text };
    } catch (error) {
      if (error instanceof KmzError) return error.message;
      throw error;
    }
  }
  if (ext === "kml") return { name: file.name, format: "kml", text: new TextDecoder("utf-8").decode(bytes) };
  return { name: file.name, format: "csv", text: decodeCsvBytes(bytes) };
}

export function PlantUploadStep({ onLoaded }: { onLoaded: (file: LoadedPlantFile) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    setError(null);
    if (!file) return;
    setReading(true);
    const result = await load(file).catch(() => "The file could not be read. Save it again and retry.");
    setReading(false);
    if (typeof result === "string") {
      setError(result);
      input.value = "";
    } else onLoaded(result);
  };
  return (
    <Field data-invalid={Boolean(error)} className="max-w-xl">
      <FieldLabel htmlFor="plant-file">CSV, KML or KMZ file</FieldLabel>
      <Input
        id="plant-file"
        type="file"
        accept=".csv,text/csv,.kml,.kmz,application/vnd.google-earth.kml+xml,application/vnd.google-earth.kmz"
        onChange={onChange}
        disabled={reading}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby="plant-file-help plant-file-error"
      />
      {error ? null : (
        <FieldDescription id="plant-file-help">
          {reading
            ? "Reading the file…"
            : `Up to 5 MB and ${MAX_PLANT_IMPORT_ROWS.toLocaleString("en-PH")} rows or placemarks. Nothing is saved until you confirm the preview.`}
        </FieldDescription>
      )}
      <FieldError id="plant-file-error" errors={error ? [error] : undefined} />
    </Field>
  );
}
