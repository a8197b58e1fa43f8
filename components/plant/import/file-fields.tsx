import type { LoadedPlantFile } from "./types";

/** The file travels with every step as text: the server reads and checks it again each time. */
export function PlantFileFields({ file }: { file: LoadedPlantFile }) {
  return (
    <>
      <input type="hidden" name="fileName" value={file.name} />
      <input type="hidden" name="format" value={file.format} />
      <textarea name="text" value={file.text} readOnly hidden />
    </>
  );
}
