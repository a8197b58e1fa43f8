"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import type { CsvPreviewRow } from "@/lib/barangays/csv-import";
import { CsvPreviewTable } from "./csv-preview-table";

type Preview = { rows: CsvPreviewRow[]; counts: { ok: number; bad: number; duplicate: number } };
type PreviewAction = (prev: ActionResult<Preview> | null, formData: FormData) => Promise<ActionResult<Preview>>;
type CommitAction = (prev: ActionResult<{ added: number; message: string }> | null, formData: FormData) => Promise<ActionResult<{ added: number; message: string }>>;

/** Matches the server's limit with room for multi-byte characters; a larger file is refused before it is sent. */
const MAX_FILE_BYTES = 1_000_000;
/** Enough to scan by eye; the counts above the table cover every row. */
const SHOWN_ROWS = 500;

/** Upload -> preview (nothing saved) -> import the ready rows. "Import another file" starts a fresh round. */
export function CsvImport(props: { preview: PreviewAction; commit: CommitAction }) {
  const [round, setRound] = useState(0);
  return <CsvImportRound key={round} {...props} onRestart={() => setRound((r) => r + 1)} />;
}

function CsvImportRound({ preview, commit, onRestart }: { preview: PreviewAction; commit: CommitAction; onRestart: () => void }) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  // The text the shown preview was made from: the import sends exactly that, and a preview of another file is never shown.
  const [checkedCsv, setCheckedCsv] = useState("");
  const [onlyProblems, setOnlyProblems] = useState(false);
  const check = useActionForm(preview);
  const save = useActionForm(commit);
  const checkForm = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (csv) checkForm.current?.requestSubmit();
  }, [csv]);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.currentTarget.files?.[0];
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFileError("That file is larger than 1 MB. Split it, or use the PSGC import for whole cities.");
      return;
    }
    setFileName(file.name);
    setCsv(await file.text());
  };
  const onCheck = (e: FormEvent<HTMLFormElement>) => {
    setCheckedCsv(csv);
    check.onSubmit(e);
  };

  const csvErrors = check.state && !check.state.ok ? check.state.fieldErrors.csv : undefined;
  const result = check.state?.ok && checkedCsv === csv && !check.pending ? check.state.data : null;

  if (save.state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <FormMessage state={save.state} />
        <div className="flex flex-wrap gap-2">
          <Button asChild>
            <Link href="/barangays">See your barangays</Link>
          </Button>
          <Button variant="outline" onClick={onRestart}>
            Import another file
          </Button>
        </div>
      </div>
    );
  }

  const shown = result ? (onlyProblems ? result.rows.filter((r) => r.status !== "ok") : result.rows) : [];
  const problems = result ? result.counts.bad + result.counts.duplicate : 0;
  return (
    <div className="flex flex-col gap-6">
      <form ref={checkForm} onSubmit={onCheck} noValidate className="flex flex-col gap-3 rounded-lg border p-4" aria-label="Check a CSV file">
        {csvErrors ? null : <FormMessage state={check.state?.ok ? null : check.state} />}
        <textarea name="csv" value={csv} readOnly hidden />
        <Field data-invalid={Boolean(fileError || csvErrors)}>
          <FieldLabel htmlFor="csv-file">CSV file</FieldLabel>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <Input
              id="csv-file"
              type="file"
              accept=".csv,text/csv"
              onChange={onFile}
              aria-invalid={Boolean(fileError || csvErrors) || undefined}
              aria-describedby="csv-file-help csv-file-error"
              className="sm:max-w-sm"
            />
            <Button type="submit" variant="outline" disabled={!csv || check.pending}>
              {check.pending ? "Checking…" : check.state ? "Check again" : "Check file"}
            </Button>
          </div>
          <FieldDescription id="csv-file-help">
            Columns: name, city, province and, if you have them, psgc_code, with a header row. Nothing is saved until you confirm the preview.
          </FieldDescription>
          <FieldError id="csv-file-error" errors={fileError ? [fileError] : csvErrors} />
        </Field>
      </form>

      {result ? (
        <section aria-labelledby="csv-preview-title" className="flex flex-col gap-4">
          <div className="flex flex-col gap-2">
            <h2 id="csv-preview-title" className="text-lg font-semibold">
              Preview of {fileName || "your file"}
            </h2>
            <div className="flex flex-wrap gap-2 text-sm">
              <Badge variant="success">{result.counts.ok.toLocaleString("en")} ready</Badge>
              <Badge variant="destructive">{result.counts.bad.toLocaleString("en")} bad</Badge>
              <Badge variant="warning">{result.counts.duplicate.toLocaleString("en")} duplicate</Badge>
            </div>
          </div>
          <form onSubmit={save.onSubmit} className="flex flex-col gap-3" aria-label="Import the ready rows">
            <FormMessage state={save.state} />
            <textarea name="csv" value={checkedCsv} readOnly hidden />
            <input type="hidden" name="expected" value={result.counts.ok} />
            <div className="flex flex-wrap items-center gap-3">
              <Button type="submit" disabled={save.pending || result.counts.ok === 0}>
                {save.pending ? "Importing…" : `Import ${result.counts.ok.toLocaleString("en")} barangay${result.counts.ok === 1 ? "" : "s"}`}
              </Button>
              {problems > 0 ? (
                <p className="text-sm text-muted-foreground">
                  {problems.toLocaleString("en")} marked row{problems === 1 ? " is" : "s are"} skipped. Fix {problems === 1 ? "it" : "them"} in the file and upload again to add {problems === 1 ? "it" : "them"}.
                </p>
              ) : null}
            </div>
          </form>
          {problems > 0 ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.currentTarget.checked)} className="size-4" />
              Show only rows with problems
            </label>
          ) : null}
          <CsvPreviewTable rows={shown.slice(0, SHOWN_ROWS)} />
          {shown.length > SHOWN_ROWS ? (
            <p className="text-sm text-muted-foreground">
              Showing the first {SHOWN_ROWS} of {shown.length.toLocaleString("en")} rows.
            </p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
