"use client";

import { FileText } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { guardAction, CHECK_NOT_SENT } from "@/components/customers/import/guard-action";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { PlantFileFields } from "./file-fields";
import { PlantImportSteps } from "./import-steps";
import { PlantPreviewStep } from "./preview-step";
import type { CommitAction, LoadedPlantFile, PreviewAction } from "./types";
import { PlantUploadStep } from "./upload-step";

type Props = { preview: PreviewAction; commit: CommitAction };

/** Upload -> preview (nothing saved) -> import the rows without problems. "Import another file" starts a fresh round. */
export function PlantImport(props: Props) {
  const [round, setRound] = useState(0);
  return <ImportRound key={round} {...props} onRestart={() => setRound((r) => r + 1)} />;
}

function ImportRound({ preview, commit, onRestart }: Props & { onRestart: () => void }) {
  const [file, setFile] = useState<LoadedPlantFile | null>(null);
  const [guardedPreview] = useState(() => guardAction(preview, CHECK_NOT_SENT));
  const check = useActionForm(guardedPreview);
  const formRef = useRef<HTMLFormElement>(null);
  // The file is checked as soon as it is read: there are no columns to match by hand.
  useEffect(() => {
    if (file) formRef.current?.requestSubmit();
  }, [file]);

  const shown = check.state?.ok && !check.pending ? check.state.data.preview : null;
  if (file && shown) return <PlantPreviewStep file={file} preview={shown} commit={commit} onRestart={onRestart} />;
  return (
    <div className="flex flex-col gap-4">
      <PlantImportSteps current={file ? 1 : 0} />
      {file ? (
        <form ref={formRef} onSubmit={check.onSubmit} noValidate aria-label="Check the file" className="flex flex-col gap-3">
          <PlantFileFields file={file} />
          <FormMessage state={check.state} />
          <p className="flex items-center gap-2 text-sm">
            <FileText className="size-4 text-muted-foreground" aria-hidden />
            <span className="font-medium">{file.name}</span>
            <span className="text-muted-foreground">{check.pending ? "Checking every row…" : null}</span>
          </p>
          <div className="flex flex-wrap gap-2">
            {check.state && !check.state.ok ? (
              <Button type="submit" disabled={check.pending}>
                Check again
              </Button>
            ) : null}
            <Button type="button" variant="outline" onClick={onRestart} disabled={check.pending}>
              Choose another file
            </Button>
          </div>
        </form>
      ) : (
        <PlantUploadStep onLoaded={setFile} />
      )}
    </div>
  );
}
