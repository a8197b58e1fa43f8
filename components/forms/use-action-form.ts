"use client";

import { startTransition, useActionState, useEffect, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

/**
 * useActionState without React's automatic form reset: submitting through
 * onSubmit keeps what the user typed when the server answers with errors.
 */
export function useActionForm<T>(action: Action<T>) {
  const [state, dispatch, pending] = useActionState(action, null);
  const target = state?.ok ? redirectTarget(state.data) : null;
  // A full navigation, not a server-side redirect: the tenant routes are
  // reached through the proxy's rewrite, which a redirect inside an action skips.
  useEffect(() => {
    if (target) window.location.assign(target);
  }, [target]);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };
  const errorsFor = (name: string): string[] | undefined => (state && !state.ok ? state.fieldErrors[name] : undefined);
  return { state, pending: pending || target !== null, onSubmit, errorsFor };
}

/** Actions that lead elsewhere on success return `{ redirectTo }` as their data. */
function redirectTarget(data: unknown): string | null {
  const to = (data as { redirectTo?: unknown } | null | undefined)?.redirectTo;
  return typeof to === "string" ? to : null;
}
