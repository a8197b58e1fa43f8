import type { ColumnMapping } from "@/lib/customers/import/fields";
import type { LoadedFile } from "./types";

/**
 * The file travels with every step as plain text in a hidden field (base64
 * would only add a third): the server re-reads and re-checks it each time, so
 * nothing the browser concluded is trusted, and no upload is kept between steps.
 */
export function ImportFileFields({ file, mapping }: { file: LoadedFile; mapping: ColumnMapping }) {
  return (
    <>
      <input type="hidden" name="fileName" value={file.name} />
      <input type="hidden" name="mapping" value={JSON.stringify(mapping)} />
      <textarea name="csv" value={file.text} readOnly hidden />
    </>
  );
}
