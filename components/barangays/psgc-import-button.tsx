"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ added: number; message: string }> | null, formData: FormData) => Promise<ActionResult<{ added: number; message: string }>>;

/** One click imports what the preview shows as new; the server works the list out again itself. */
export function PsgcImportButton({ action, province, city, newCount, listHref }: { action: Action; province: string; city: string; newCount: number; listHref: string }) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" aria-label="Import from PSGC">
      <FormMessage state={state} />
      <input type="hidden" name="province" value={province} />
      <input type="hidden" name="city" value={city} />
      <div className="flex flex-wrap items-center gap-2">
        {newCount > 0 ? (
          <Button type="submit" disabled={pending}>
            {pending ? "Importing…" : `Import ${newCount.toLocaleString("en")} barangay${newCount === 1 ? "" : "s"}`}
          </Button>
        ) : (
          <p className="text-sm text-muted-foreground">Every barangay of this place is already in your list.</p>
        )}
        {state?.ok || newCount === 0 ? (
          <Button asChild variant="outline">
            <Link href={listHref}>See them in your list</Link>
          </Button>
        ) : null}
      </div>
    </form>
  );
}
