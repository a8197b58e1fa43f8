"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { describePasteProblem, parseSerialPaste } from "@/lib/equipment/paste";
import { DEVICE_KIND_LABELS } from "@/lib/equipment/status";
import { plural } from "@/lib/text/plural";
import { BarcodeScanButton } from "./barcode-scan-button";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

const KIND_OPTIONS = (["onu", "router"] as const).map((k) => ({ value: k, label: DEVICE_KIND_LABELS[k] }));
const PREVIEW = 8;

/**
 * Receive a delivery: what it is and what one unit cost, then the serials,
 * pasted from the supplier's list, typed, or scanned (a USB scanner types
 * into the box; a phone's camera adds through "Scan with camera"). The box
 * is read as it is filled, so what will be received is seen before it is,
 * and a refused delivery keeps everything typed.
 */
export function ReceiveForm({ action, models }: { action: Action; models: { brand: string; model: string }[] }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [serials, setSerials] = useState("");
  const [attempted, setAttempted] = useState(false);
  const parsed = useMemo(() => parseSerialPaste(serials), [serials]);
  const brands = [...new Set(models.map((m) => m.brand).filter(Boolean))];
  const modelNames = [...new Set(models.map((m) => m.model).filter(Boolean))];

  // The server's word until the box is edited; after a refused submit, the box's own problems as they are fixed.
  const serverErrors = errorsFor("serials");
  const lineErrors = serverErrors ?? (attempted ? parsed.problems.map(describePasteProblem) : []);
  const invalid = lineErrors.length > 0;
  const count = parsed.devices.length;
  const withMac = parsed.devices.filter((d) => d.mac).length;

  const append = (value: string) => setSerials((s) => (s === "" || s.endsWith("\n") ? `${s}${value}\n` : `${s}\n${value}\n`));

  return (
    <form
      onSubmit={(e) => {
        setAttempted(true);
        onSubmit(e);
      }}
      noValidate
      className="flex flex-col gap-4"
      aria-label="Receive stock"
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField name="kind" label="Kind" options={KIND_OPTIONS} defaultValue="onu" errors={errorsFor("kind")} />
        <TextField name="purchaseCost" label="Cost per unit (₱, optional)" inputMode="decimal" autoComplete="off" placeholder="e.g. 1,850" errors={errorsFor("purchaseCost")} />
        <TextField name="brand" label="Brand" list="device-brands" autoComplete="off" placeholder="e.g. ZTE" errors={errorsFor("brand")} />
        <TextField name="model" label="Model" list="device-models" autoComplete="off" placeholder="e.g. F670L" errors={errorsFor("model")} />
      </div>
      <Field data-invalid={invalid}>
        <FieldLabel htmlFor="field-serials">Serial numbers</FieldLabel>
        <Textarea
          id="field-serials"
          name="serials"
          value={serials}
          onChange={(e) => setSerials(e.target.value)}
          rows={8}
          spellCheck={false}
          autoCapitalize="characters"
          autoComplete="off"
          className="min-h-40 font-mono"
          placeholder={"ZTEGC8A10001\nZTEGC8A10002,9C:A2:F4:1B:22:0E\nZTEGC8A10003 9CA2F41B220F"}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? "field-serials-error" : "field-serials-description"}
        />
        {invalid ? (
          <ul id="field-serials-error" role="alert" className="flex flex-col gap-1 text-sm text-destructive">
            {lineErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : (
          <FieldDescription id="field-serials-description">One device a line: the serial, optionally followed by its MAC (comma or space between).</FieldDescription>
        )}
        <BarcodeScanButton onScan={append} />
        {count > 0 ? (
          <details className="text-sm">
            <summary className="cursor-pointer text-muted-foreground" aria-live="polite">
              Reads {plural(count, "device")}
              {withMac > 0 ? `, ${withMac} with a MAC` : ""}
              {parsed.problems.length > 0 ? ` (${plural(parsed.problems.length, "line")} to fix)` : ""}
            </summary>
            <ol className="mt-2 flex flex-col gap-0.5 font-mono text-xs">
              {parsed.devices.slice(0, PREVIEW).map((d) => (
                <li key={d.line}>
                  {d.serialNumber}
                  {d.mac ? <span className="text-muted-foreground"> · {d.mac}</span> : null}
                </li>
              ))}
              {count > PREVIEW ? <li className="text-muted-foreground">… and {count - PREVIEW} more</li> : null}
            </ol>
          </details>
        ) : null}
      </Field>
      <TextField name="note" label="Note (optional)" autoComplete="off" placeholder="Delivery receipt no., supplier" errors={errorsFor("note")} />
      <datalist id="device-brands">
        {brands.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
      <datalist id="device-models">
        {modelNames.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Receiving…" : count > 0 ? `Receive ${plural(count, "device")}` : "Receive"}
        </Button>
        <Button asChild variant="ghost">
          <Link href="/network/equipment">Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
