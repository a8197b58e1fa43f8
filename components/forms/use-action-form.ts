"use client";

import { useRouter } from "next/navigation";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState without React's automatic form reset: submitting through
 * onSubmit keeps what the user typed when the server answers with errors.
 * After a failed submit, focus goes to the first field marked invalid. A
 * field's error disappears as soon as the user changes that field; the
 * form-level message stays until the next submit.
 *
 * `refreshOnSuccess`: a form that saves in place (no redirect) re-renders the
 * page it sits on once the action succeeds, so the page shows what changed
 * (revalidatePath in the action does not reach the page the form is on).
 */
export function useActionForm<T>(action: Action<T>, { refreshOnSuccess = false }: { refreshOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState(action, null);
  const router = useRouter();
  useEffect(() => {
    if (refreshOnSuccess && state?.ok) router.refresh();
  }, [refreshOnSuccess, state, router]);
  const formRef = useRef<HTMLFormElement | null>(null);
  // Fields edited since this answer came: their errors are stale. Keyed by the
  // answer, so the next answer starts with none edited.
  const [edited, setEdited] = useState<{ of: ActionResult<T> | null; names: ReadonlySet<string> }>({ of: null, names: new Set() });
  const target = state?.ok ? redirectTarget(state.data) : null;
  // A full navigation, not a server-side redirect: the tenant routes are
  // reached through the proxy's rewrite, which a redirect inside an action skips.
  useEffect(() => {
    if (target) window.location.assign(target);
  }, [target]);
  useEffect(() => {
    if (state && !state.ok) focusFirstInvalid(formRef.current);
  }, [state]);
  useEffect(() => {
    const form = formRef.current;
    if (!form || !state || state.ok) return;
    const onEdit = (event: Event) => {
      const name = fieldName(event.target);
      if (!name || !state.fieldErrors[name]) return;
      // Not urgent: an urgent update here would render before React sees the keystroke
      // (this listener runs first), put the old value back into a controlled field and
      // lose what was typed.
      startTransition(() =>
        setEdited((prev) => {
          if (prev.of !== state) return { of: state, names: new Set([name]) };
          return prev.names.has(name) ? prev : { of: state, names: new Set(prev.names).add(name) };
        }),
      );
    };
    form.addEventListener("input", onEdit);
    form.addEventListener("change", onEdit);
    return () => {
      form.removeEventListener("input", onEdit);
      form.removeEventListener("change", onEdit);
    };
  }, [state]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    formRef.current = event.currentTarget;
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const errorsFor = (name: string): string[] | undefined => {
    if (!state || state.ok || (edited.of === state && edited.names.has(name))) return undefined;
    return state.fieldErrors[name];
  };
  return { state, pending: pending || target !== null, onSubmit, errorsFor };
}

/** Actions that lead elsewhere on success return `{ redirectTo }` as their data. */
function redirectTarget(data: unknown): string | null {
  const to = (data as { redirectTo?: unknown } | null | undefined)?.redirectTo;
  return typeof to === "string" ? to : null;
}

/** The key a field's errors are filed under: its name, without the "[]" of a checkbox group. */
function fieldName(target: EventTarget | null): string | null {
  const name = target instanceof Element ? target.getAttribute("name") : null;
  return name ? name.replace(/\[\]$/, "") : null;
}

/** Runs after React has rendered the errors: the first invalid control takes focus, so its label and error are read out. */
function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
