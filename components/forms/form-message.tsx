import { CircleAlert, CircleCheck } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/result";

/** The form-level message of an action result: the error, or a success note when the action gave one. */
export function FormMessage<T>({ state, success }: { state: ActionResult<T> | null; success?: string }) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <Alert variant="destructive">
        <CircleAlert />
        <AlertDescription>{state.error}</AlertDescription>
      </Alert>
    );
  }
  const fromData = (state.data as { message?: unknown } | undefined)?.message;
  const message = state.message ?? (typeof fromData === "string" ? fromData : undefined) ?? success;
  if (!message) return null;
  return (
    <Alert role="status">
      <CircleCheck />
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  );
}
