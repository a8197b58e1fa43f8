"use client";

import { useState, type ChangeEvent } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { CsvError, parseCsv } from "@/lib/customers/import/csv";
import { decodeCsvBytes } from "@/lib/customers/import/decode";
import { MAX_FILE_BYTES, MAX_IMPORT_ROWS } from "@/lib/customers/import/limits";
import type { LoadedFile } from "./types";

function samplesOf(header: string[], records: { cells: string[] }[]): string[][] {
  return header.map((_, col) => {
    const values: string[] = [];
    for (const r of records) {
      const v = (r.cells[col] ?? "").trim();
      if (v && !values.includes(v)) values.push(v);
      if (values.length === 3) break;
    }
    return values;
  });
}

/** Reads the file in the browser: the mapping step needs its header, and a file too big or broken is refused before it is sent. */
async function load(file: File): Promise<LoadedFile | string> {
  if (!/\.(csv|txt)$/i.test(file.name)) return "Choose a .csv file. In Excel or Google Sheets: File › Save as / Download › CSV.";
  if (file.size > MAX_FILE_BYTES) return "The file is larger than 5 MB: split it into smaller files.";
  const text = decodeCsvBytes(await file.arrayBuffer());
  try {
    const table = parseCsv(text);
    if (table.records.length === 0) return "The file has a header but no customer rows.";
    if (table.records.length > MAX_IMPORT_ROWS) {
      return `The file has ${table.records.length.toLocaleString("en-PH")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en-PH")} at a time.`;
    }
    return { name: file.name, text, header: table.header, samples: samplesOf(table.header, table.records), rows: table.records.length };
  } catch (error) {
    if (error instanceof CsvError) return error.message;
    throw error;
  }
}

export function UploadStep({ onLoaded }: { onLoaded: (file: LoadedFile) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    setError(null);
    if (!file) return;
    setReading(true);
    const result = await load(file).catch(() => "The file could not be read. Save it again as CSV and retry.");
    setReading(false);
    if (typeof result === "string") {
      setError(result);
      input.value = "";
    } else onLoaded(result);
  };
  return (
    <Field data-invalid={Boolean(error)} className="max-w-xl">
      <FieldLabel htmlFor="customer-csv">CSV file</FieldLabel>
      <Input
        id="customer-csv"
        type="file"
        accept=".csv,text/csv"
        onChange={onChange}
        disabled={reading}
        aria-invalid={Boolean(error) || undefined}
        aria-describedby="customer-csv-help customer-csv-error"
      />
      {error ? null : (
        <FieldDescription id="customer-csv-help">
          {reading ? "Reading the file…" : "Up to 5 MB and 20,000 rows, with a header row. Nothing is saved until you confirm the preview."}
        </FieldDescription>
      )}
      <FieldError id="customer-csv-error" errors={error ? [error] : undefined} />
    </Field>
  );
}
