"use client";

import { useState } from "react";
import { guardAction } from "@/components/customers/import/guard-action";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { PREVIEW_ROWS } from "@/lib/plant/import/limits";
import type { PlantImportPreview } from "@/lib/plant/import/preview";
import { plural } from "@/lib/text/plural";
import { PlantFileFields } from "./file-fields";
import { PlantImportDone } from "./import-done";
import { PlantImportSteps } from "./import-steps";
import { PlantPreviewTable } from "./preview-table";
import type { CommitAction, LoadedPlantFile } from "./types";

/** The answer may be what got lost: the user must look before trying again. */
const IMPORT_NOT_CONFIRMED =
  "The server did not confirm the import: the connection dropped, or the file is too large for this server. Check the plant before trying again; an import saves all of its good rows or none.";

type Props = { file: LoadedPlantFile; preview: PlantImportPreview; commit: CommitAction; onRestart: () => void };

const n = (v: number) => v.toLocaleString("en-PH");

function whatIsAdded(p: PlantImportPreview): string {
  if (p.kind === "assignments") return plural(p.okRows, "port assignment");
  const parts = [p.lcps ? plural(p.lcps, "LCP") : null, p.naps ? `${plural(p.naps, "NAP")} with ${plural(p.ports, "port")}` : null].filter(Boolean);
  return parts.join(" and ") || "nothing";
}

export function PlantPreviewStep({ file, preview, commit, onRestart }: Props) {
  const [guardedCommit] = useState(() => guardAction(commit, IMPORT_NOT_CONFIRMED));
  const save = useActionForm(guardedCommit);
  const [view, setView] = useState<"problems" | "all">(preview.errorRows ? "problems" : "all");
  if (save.state?.ok) {
    return (
      <>
        <PlantImportSteps current={2} />
        <PlantImportDone result={save.state.data} fileName={preview.fileName} onRestart={onRestart} />
      </>
    );
  }
  const rows = view === "problems" ? preview.problemRows : preview.allRows;
  const shownOf = view === "problems" ? preview.errorRows : preview.totalRows;
  const rowLabel = preview.format === "kml" ? "Pin" : "Row";
  return (
    <form onSubmit={save.onSubmit} noValidate aria-label="Import plant" className="flex flex-col gap-4">
      <PlantImportSteps current={1} />
      <PlantFileFields file={file} />
      <FormMessage state={save.state} />
      <div className="flex flex-wrap items-center gap-2 text-sm" aria-live="polite">
        <span className="font-medium">{preview.fileName}:</span>
        <Badge variant="success">{n(preview.okRows)} ready</Badge>
        {preview.errorRows ? <Badge variant="destructive">{n(preview.errorRows)} with problems</Badge> : null}
        {preview.notedRows ? <Badge variant="warning">{n(preview.notedRows)} with assumptions</Badge> : null}
        <span className="text-muted-foreground">· {preview.kind === "assignments" ? "port assignments" : preview.format === "kml" ? "map placemarks" : "LCPs and NAPs"}</span>
      </div>
      <dl className="grid gap-x-4 gap-y-1 text-sm text-muted-foreground sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt>Read from</dt>
        <dd className="min-w-0 break-words">{preview.columns.map((c) => (c.label === c.header ? c.label : `${c.label} ← ${c.header}`)).join(" · ")}</dd>
        {preview.ignored.length ? (
          <>
            <dt>Not read</dt>
            <dd className="min-w-0 break-words">{preview.ignored.join(", ")}</dd>
          </>
        ) : null}
        {preview.skippedPlacemarks ? (
          <>
            <dt>Left out</dt>
            <dd>
              {plural(preview.skippedPlacemarks, "placemark")} that {preview.skippedPlacemarks === 1 ? "is" : "are"} not an LCP or NAP point (cable routes, areas, other pins)
            </dd>
          </>
        ) : null}
        {preview.napsWithoutLcp ? (
          <>
            <dt>Without LCP</dt>
            <dd>{plural(preview.napsWithoutLcp, "NAP")} will be added without an LCP: set it on the NAP&apos;s page later.</dd>
          </>
        ) : null}
      </dl>
      <div className="flex flex-wrap gap-2" role="group" aria-label="Rows to show">
        <Button type="button" size="sm" variant={view === "problems" ? "secondary" : "ghost"} aria-pressed={view === "problems"} onClick={() => setView("problems")}>
          With problems ({n(preview.errorRows)})
        </Button>
        <Button type="button" size="sm" variant={view === "all" ? "secondary" : "ghost"} aria-pressed={view === "all"} onClick={() => setView("all")}>
          All {preview.format === "kml" ? "placemarks" : "rows"} ({n(preview.totalRows)})
        </Button>
      </div>
      {rows.length ? (
        <PlantPreviewTable fields={preview.fields} rows={rows} rowLabel={rowLabel} />
      ) : (
        <p className="rounded-lg border p-4 text-sm text-muted-foreground">Every row is ready to import.</p>
      )}
      {shownOf > PREVIEW_ROWS ? <p className="text-sm text-muted-foreground">Showing the first {n(PREVIEW_ROWS)} of {n(shownOf)}.</p> : null}
      <div className="flex flex-col gap-2 border-t pt-4">
        <p className="text-sm text-muted-foreground" id="plant-import-what">
          {preview.okRows
            ? `Adds ${whatIsAdded(preview)}${preview.errorRows ? `; the ${plural(preview.errorRows, "row")} with problems ${preview.errorRows === 1 ? "is" : "are"} skipped (fix ${preview.errorRows === 1 ? "it" : "them"} and import the file again: rows already added are then reported as already in your plant)` : ""}. All in one go: if anything fails, nothing is saved.`
            : "No row can be imported: fix the problems in your file and upload it again."}
        </p>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={preview.okRows === 0 || save.pending} aria-describedby="plant-import-what">
            {save.pending ? "Importing…" : preview.errorRows ? `Import ${n(preview.okRows)}, skip ${n(preview.errorRows)}` : `Import ${plural(preview.okRows, "row")}`}
          </Button>
          <Button type="button" variant="ghost" onClick={onRestart} disabled={save.pending}>
            Choose another file
          </Button>
        </div>
      </div>
    </form>
  );
}
