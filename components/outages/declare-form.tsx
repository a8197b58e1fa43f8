"use client";

import Link from "next/link";
import { useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;
type Kind = "nap" | "lcp" | "pon_port";

const KINDS: { value: Kind; label: string }[] = [
  { value: "nap", label: "A NAP" },
  { value: "lcp", label: "An LCP (and every NAP it feeds)" },
  { value: "pon_port", label: "A PON port (and everything it feeds)" },
];

const TARGET_LABEL: Record<Kind, string> = { nap: "NAP code", lcp: "LCP code", pon_port: "PON port" };

/**
 * Declares an outage. The plant is named as staff say it (a NAP's code, a
 * PON port as "OLT 0/1/1" from the list); the server finds it and walks it.
 */
export function DeclareOutageForm({ action, kind, target, ponPorts, now, cancelHref }: { action: Action; kind: Kind; target: string; ponPorts: string[]; now: string; cancelHref: string }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [chosen, setChosen] = useState<Kind>(kind);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-xl flex-col gap-4" aria-label="Declare outage">
      <FormMessage state={state} />
      <SelectField name="targetKind" label="What went down" options={KINDS} value={chosen} onChange={(e) => setChosen(e.target.value as Kind)} errors={errorsFor("targetKind")} />
      <TextField
        name="target"
        label={TARGET_LABEL[chosen]}
        defaultValue={target}
        list={chosen === "pon_port" ? "outage-pon-ports" : undefined}
        placeholder={chosen === "pon_port" ? ponPorts[0] : chosen === "nap" ? "NAP-0012" : "LCP-03"}
        autoComplete="off"
        errors={errorsFor("target")}
      />
      <datalist id="outage-pon-ports">
        {ponPorts.map((p) => (
          <option key={p} value={p} />
        ))}
      </datalist>
      <TextField name="cause" label="Cause" placeholder="Fiber cut by a truck on the national highway" errors={errorsFor("cause")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startedAt" label="Started at" type="datetime-local" defaultValue={now} errors={errorsFor("startedAt")} />
        <TextField name="expectedRestorationAt" label="Expected restoration" type="datetime-local" errors={errorsFor("expectedRestorationAt")} description="Optional: the message says “as soon as possible” without it." />
      </div>
      <p className="text-sm text-muted-foreground">Every active line behind it is listed on the outage and sent an “outage” message (SMS and email as your notification settings say).</p>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Declaring…" : "Declare outage"}
        </Button>
        <Button variant="outline" asChild>
          <Link href={cancelHref}>Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
