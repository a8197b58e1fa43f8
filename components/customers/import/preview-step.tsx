"use client";

import { CircleAlert } from "lucide-react";
import { useCallback, useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { ColumnMapping } from "@/lib/customers/import/fields";
import { PREVIEW_ERROR_ROWS } from "@/lib/customers/import/limits";
import type { ImportPreview, ImportResult } from "@/lib/customers/import/preview";
import { ImportBillingNote } from "./billing-note";
import { guardAction, IMPORT_NOT_CONFIRMED } from "./guard-action";
import { ImportDone } from "./import-done";
import { ImportProgress } from "./import-progress";
import { ImportFileFields } from "./import-file-fields";
import { ImportSteps } from "./import-steps";
import { NewBarangaysPanel } from "./new-barangays-panel";
import { PreviewTable } from "./preview-table";
import type { CommitAction, LoadedFile } from "./types";
import { plural } from "@/lib/text/plural";

type Props = {
  file: LoadedFile;
  mapping: ColumnMapping;
  preview: ImportPreview;
  commit: CommitAction;
  nextAccountNo: string;
  onEditMapping: () => void;
  onRestart: () => void;
};

const n = (v: number) => v.toLocaleString("en-PH");

export function PreviewStep({ file, mapping, preview: checked, commit, nextAccountNo, onEditMapping, onRestart }: Props) {
  const [guardedCommit] = useState(() => guardAction(commit, IMPORT_NOT_CONFIRMED));
  const save = useActionForm(guardedCommit);
  const [createBarangays, setCreateBarangays] = useState(false);
  const answered = save.state?.ok ? save.state.data : null;
  // A large file is imported in the background: its outcome arrives when the job ends.
  const [finished, setFinished] = useState<ImportResult | null>(null);
  const [jobError, setJobError] = useState<string | null>(null);
  const onFinished = useCallback((r: ImportResult) => setFinished(r), []);
  const onFailed = useCallback((e: string) => setJobError(e), []);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    setFinished(null);
    setJobError(null);
    save.onSubmit(e);
  };
  const result = finished ?? answered;
  // The import checks every row again; when that finds problems its fresh preview replaces the earlier one.
  const preview = result?.status === "invalid" ? result.preview : checked;
  const [view, setView] = useState<"problems" | "sample">(preview.problemRows.length ? "problems" : "sample");

  if (result?.status === "queued" && !jobError) {
    return (
      <div className="flex flex-col gap-4">
        <ImportSteps current={3} />
        <ImportProgress key={result.job.id} job={result.job} onFinished={onFinished} onFailed={onFailed} />
      </div>
    );
  }
  if (result?.status === "imported") {
    return (
      <>
        <ImportSteps current={3} />
        <ImportDone result={result} onRestart={onRestart} />
      </>
    );
  }

  const fixable = createBarangays ? preview.barangayRows : 0;
  const blocked = preview.errorRows + preview.barangayRows - fixable;
  const ready = preview.okRows + fixable;
  const problems = preview.errorRows + preview.barangayRows;
  const rows = view === "problems" ? preview.problemRows : preview.sampleRows;
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Import customers" className="flex flex-col gap-4">
      <ImportSteps current={2} />
      <ImportFileFields file={file} mapping={mapping} />
      {jobError || result?.status === "invalid" ? (
        <Alert variant="destructive">
          <CircleAlert />
          <AlertDescription>{jobError ?? (result?.status === "invalid" ? result.message : null)}</AlertDescription>
        </Alert>
      ) : (
        <FormMessage state={save.state?.ok ? null : save.state} />
      )}
      <div className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        <span className="font-medium">{preview.fileName}:</span>
        <Badge variant="success">{n(ready)} ready</Badge>
        {preview.errorRows ? <Badge variant="destructive">{n(preview.errorRows)} with errors</Badge> : null}
        {preview.barangayRows && !createBarangays ? <Badge variant="warning">{n(preview.barangayRows)} need a new barangay</Badge> : null}
        <span className="text-muted-foreground">
          · {preview.seriesNumbers ? `${n(preview.seriesNumbers)} numbered from ${nextAccountNo}` : "account numbers from the file"}
          {preview.subscriptions ? ` · ${n(preview.subscriptions)} with a plan` : ""}
        </span>
      </div>
      <ImportBillingNote billing={preview.billing} />
      {preview.unknownBarangays.length ? (
        <NewBarangaysPanel barangays={preview.unknownBarangays} checked={createBarangays} onCheckedChange={setCreateBarangays} errorsFor={save.errorsFor} />
      ) : null}
      <div className="flex flex-wrap gap-2" role="group" aria-label="Rows to show">
        <Button type="button" size="sm" variant={view === "problems" ? "secondary" : "ghost"} aria-pressed={view === "problems"} onClick={() => setView("problems")}>
          Rows with problems ({n(problems)})
        </Button>
        <Button type="button" size="sm" variant={view === "sample" ? "secondary" : "ghost"} aria-pressed={view === "sample"} onClick={() => setView("sample")}>
          {preview.sampleRows.length === 1 ? "The row" : `First ${plural(preview.sampleRows.length, "row")}`}
        </Button>
      </div>
      {rows.length ? (
        <PreviewTable fields={preview.fields} rows={rows} newBarangays={createBarangays} />
      ) : (
        <p className="rounded-lg border p-4 text-sm text-muted-foreground">Every row is ready to import.</p>
      )}
      {view === "problems" && problems > PREVIEW_ERROR_ROWS ? (
        <p className="text-sm text-muted-foreground">Showing the first {n(PREVIEW_ERROR_ROWS)} of {n(problems)} rows with problems.</p>
      ) : null}
      <div className="flex flex-col gap-2 border-t pt-4">
        {blocked ? (
          <p className="text-sm text-destructive" id="import-blocked">
            {n(blocked)} {blocked === 1 ? "row has" : "rows have"} problems. The import takes every row or none: fix them in your spreadsheet, save it as CSV and
            upload it again{preview.barangayRows && !createBarangays ? ", or create the missing barangays above" : ""}.
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">{preview.totalRows === 1 ? "The row is imported" : `All ${plural(preview.totalRows, "row")} are imported together`}; if anything fails, nothing is saved.</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={blocked > 0 || save.pending} aria-describedby={blocked ? "import-blocked" : undefined}>
            {save.pending ? `Importing ${plural(preview.totalRows, "customer")}…` : `Import ${plural(preview.totalRows, "customer")}`}
          </Button>
          <Button type="button" variant="outline" onClick={onEditMapping} disabled={save.pending}>
            Change columns
          </Button>
          <Button type="button" variant="ghost" onClick={onRestart} disabled={save.pending}>
            Choose another file
          </Button>
        </div>
      </div>
    </form>
  );
}
