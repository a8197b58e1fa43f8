"use client";

import { CircleAlert } from "lucide-react";
import type { FormEvent } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { FIELD_LABELS, IMPORT_FIELDS, mappingProblems, type ColumnMapping, type ImportField } from "@/lib/customers/import/fields";
import { ImportFileFields } from "./import-file-fields";
import type { LoadedFile } from "./types";
import { plural } from "@/lib/text/plural";

/** Picking a field for a column takes it away from any other column, so a field is never read twice. */
function assign(mapping: ColumnMapping, column: number, field: ImportField | ""): ColumnMapping {
  const next: ColumnMapping = {};
  for (const [f, c] of Object.entries(mapping) as [ImportField, number][]) if (c !== column && f !== field) next[f] = c;
  if (field) next[field] = column;
  return next;
}

const HINTS: Partial<Record<ImportField, string>> = {
  accountNo: "Kept as written. Leave out to number from your series.",
  name: "“Dela Cruz, Juan” or “Juan Dela Cruz”.",
  city: "Tells apart barangays with the same name.",
  plan: "An active plan's name; adds an active subscription.",
  startDate: "When service started; today if empty.",
  status: "active, suspended, disconnected or terminated.",
};

type Props = {
  file: LoadedFile;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  onSubmit: (e: FormEvent<HTMLFormElement>) => void;
  pending: boolean;
  /** What the server said about the file or the mapping on the last preview. */
  serverProblems: string[] | undefined;
  onRestart: () => void;
};

export function MappingStep({ file, mapping, onChange, onSubmit, pending, serverProblems, onRestart }: Props) {
  const fieldOf = new Map(Object.entries(mapping).map(([f, c]) => [c, f as ImportField]));
  const problems = mappingProblems(mapping, file.header.length);
  const shown = serverProblems?.length ? serverProblems : problems;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Match columns" className="flex flex-col gap-4">
      <ImportFileFields file={file} mapping={mapping} />
      <p className="text-sm text-muted-foreground">
        <span className="font-medium text-foreground">{file.name}</span> · {plural(file.rows, "row")} · {plural(file.header.length, "column")}. Say what each
        column holds; columns set to “Don&rsquo;t import” are ignored.
      </p>
      <ul className="divide-y rounded-lg border">
        {file.header.map((header, column) => {
          const field = fieldOf.get(column) ?? "";
          const id = `map-column-${column}`;
          return (
            <li key={column} className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.3fr)_16rem] sm:items-center sm:gap-4">
              <label htmlFor={id} className="min-w-0 truncate text-sm font-medium">
                {header || `Column ${column + 1}`}
              </label>
              <p className="min-w-0 truncate text-sm text-muted-foreground" title={file.samples[column]?.join(" · ")}>
                {file.samples[column]?.length ? file.samples[column]!.join(" · ") : "(empty)"}
              </p>
              <div className="flex flex-col gap-1">
                <NativeSelect id={id} value={field} onChange={(e) => onChange(assign(mapping, column, e.currentTarget.value as ImportField | ""))}>
                  <NativeSelectOption value="">Don&apos;t import</NativeSelectOption>
                  {IMPORT_FIELDS.map((f) => (
                    <NativeSelectOption key={f} value={f}>
                      {FIELD_LABELS[f]}
                    </NativeSelectOption>
                  ))}
                </NativeSelect>
                {field && HINTS[field] ? <span className="text-xs text-muted-foreground">{HINTS[field]}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
      {shown.length ? (
        <Alert variant="destructive" id="mapping-problems">
          <CircleAlert />
          <AlertDescription>
            <ul className="list-disc pl-4">
              {shown.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </AlertDescription>
        </Alert>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending || problems.length > 0} aria-describedby={shown.length ? "mapping-problems" : undefined}>
          {pending ? "Checking rows…" : `Preview ${plural(file.rows, "row")}`}
        </Button>
        <Button type="button" variant="outline" onClick={onRestart}>
          Choose another file
        </Button>
      </div>
    </form>
  );
}
