import type { ActionResult } from "@/lib/actions/result";
import type { ImportPreview, ImportResult } from "@/lib/customers/import/preview";

export type PreviewAction = (prev: ActionResult<{ preview: ImportPreview }> | null, formData: FormData) => Promise<ActionResult<{ preview: ImportPreview }>>;
export type CommitAction = (prev: ActionResult<ImportResult> | null, formData: FormData) => Promise<ActionResult<ImportResult>>;

/** The chosen file as the browser read it: the full text travels with every step; the rest drives the mapping form. */
export type LoadedFile = {
  name: string;
  text: string;
  header: string[];
  /** Up to three non-empty values per column, to recognise it by. */
  samples: string[][];
  rows: number;
};
