"use client";

import Image from "next/image";
import { useRef, useState, type ChangeEvent } from "react";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { LOGO_MAX_BYTES, LOGO_TYPES, logoProblem } from "@/lib/validations/billing-settings";

const HELP = "PNG or JPEG up to 200 KB, shown at the top of invoices, receipts and statements. A wide logo on a white background prints best.";

/**
 * The logo travels as a data: URL in a hidden field: the browser reads the
 * file here (200 KB is small), the server checks it again with the same rule.
 * The file input itself has no name, so the file is not sent twice.
 */
export function LogoField({ saved, errors }: { saved: string | null; errors?: string[] }) {
  const [dataUrl, setDataUrl] = useState("");
  const [remove, setRemove] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const refuse = (message: string) => {
    setProblem(message);
    setDataUrl("");
    if (fileInput.current) fileInput.current.value = "";
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setProblem(null);
    setDataUrl("");
    if (!file) return;
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) return refuse("Choose a PNG or JPEG image.");
    if (file.size > LOGO_MAX_BYTES) return refuse(`The logo must be 200 KB or smaller; this one is ${Math.ceil(file.size / 1024)} KB.`);
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === "string" ? reader.result : "";
      const refused = logoProblem(url);
      if (refused) return refuse(refused);
      setDataUrl(url);
      setRemove(false);
    };
    reader.onerror = () => refuse("That file could not be read. Please choose it again.");
    reader.readAsDataURL(file);
  };

  const onRemove = (checked: boolean) => {
    setRemove(checked);
    if (checked) {
      setDataUrl("");
      setProblem(null);
      if (fileInput.current) fileInput.current.value = "";
    }
  };

  const preview = remove ? null : dataUrl || saved;
  const shown = problem ? [problem] : dataUrl ? undefined : errors;
  const invalid = Boolean(shown?.length);
  return (
    <Field data-invalid={invalid} className="sm:col-span-2">
      <FieldLabel htmlFor="field-logo">Logo (optional)</FieldLabel>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        {/* Paper-white in both themes (it previews the printed logo), so its text is a fixed grey, not the theme's. */}
        <div className="flex h-16 w-40 shrink-0 items-center justify-center rounded-md border bg-white p-1">
          {preview ? (
            <Image src={preview} alt="Your logo as it will print" width={152} height={56} unoptimized className="h-14 w-38 object-contain" />
          ) : (
            <span className="text-xs text-neutral-600">No logo</span>
          )}
        </div>
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <Input
            ref={fileInput}
            id="field-logo"
            type="file"
            accept={LOGO_TYPES.join(",")}
            onChange={onFile}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "field-logo-error" : "field-logo-description"}
          />
          {saved ? (
            <label className="flex items-center gap-2 text-sm text-foreground">
              <input type="checkbox" name="removeLogo" checked={remove} onChange={(e) => onRemove(e.target.checked)} className="size-4 accent-primary" />
              Remove the logo
            </label>
          ) : null}
        </div>
      </div>
      <input type="hidden" name="logoDataUrl" value={dataUrl} />
      {!invalid ? <FieldDescription id="field-logo-description">{HELP}</FieldDescription> : null}
      <FieldError id="field-logo-error" errors={shown} />
    </Field>
  );
}
