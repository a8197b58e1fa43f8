"use client";

import { useState, type FormEvent } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { guessMapping, type ColumnMapping } from "@/lib/customers/import/fields";
import { CHECK_NOT_SENT, guardAction } from "./guard-action";
import { ImportSteps } from "./import-steps";
import { MappingStep } from "./mapping-step";
import { PreviewStep } from "./preview-step";
import type { CommitAction, LoadedFile, PreviewAction } from "./types";
import { UploadStep } from "./upload-step";

type Props = { preview: PreviewAction; commit: CommitAction; nextAccountNo: string };

/** Upload -> match columns -> preview (nothing saved) -> import all rows or none. "Import another file" starts a fresh round. */
export function CustomerImport(props: Props) {
  const [round, setRound] = useState(0);
  return <ImportRound key={round} {...props} onRestart={() => setRound((r) => r + 1)} />;
}

function ImportRound({ preview, commit, nextAccountNo, onRestart }: Props & { onRestart: () => void }) {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The mapping the last preview was asked for: a preview is shown only while the mapping still matches it.
  const [checkedMapping, setCheckedMapping] = useState<string | null>(null);
  const [previews, setPreviews] = useState(0);
  const [guardedPreview] = useState(() => guardAction(preview, CHECK_NOT_SENT));
  const check = useActionForm(guardedPreview);

  const onLoaded = (loaded: LoadedFile) => {
    setFile(loaded);
    setMapping(guessMapping(loaded.header));
  };
  const onPreview = (e: FormEvent<HTMLFormElement>) => {
    setCheckedMapping(JSON.stringify(mapping));
    setPreviews((p) => p + 1);
    check.onSubmit(e);
  };
  const shown = check.state?.ok && !check.pending && checkedMapping === JSON.stringify(mapping) ? check.state.data.preview : null;
  const serverProblems = check.state && !check.state.ok ? (check.state.fieldErrors.mapping ?? check.state.fieldErrors.csv) : undefined;

  if (!file) {
    return (
      <div className="flex flex-col gap-4">
        <ImportSteps current={0} />
        <UploadStep onLoaded={onLoaded} />
      </div>
    );
  }
  if (!shown) {
    return (
      <div className="flex flex-col gap-4">
        <ImportSteps current={1} />
        {check.state && !check.state.ok && !serverProblems ? <FormMessage state={check.state} /> : null}
        <MappingStep
          file={file}
          mapping={mapping}
          onChange={setMapping}
          onSubmit={onPreview}
          pending={check.pending}
          serverProblems={checkedMapping === JSON.stringify(mapping) ? serverProblems : undefined}
          onRestart={onRestart}
        />
      </div>
    );
  }
  return (
    <PreviewStep
      key={previews}
      file={file}
      mapping={mapping}
      preview={shown}
      commit={commit}
      nextAccountNo={nextAccountNo}
      onEditMapping={() => setCheckedMapping(null)}
      onRestart={onRestart}
    />
  );
}
