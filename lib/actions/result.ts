/** What every server action returns; forms render `error` and `fieldErrors` next to the fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string[]> };

export const GENERIC_ERROR = "Something went wrong on our side. Nothing was saved; please try again.";

export function fail(error: string, fieldErrors: Record<string, string[]> = {}): ActionResult<never> {
  return { ok: false, error, fieldErrors };
}

/** FormData -> plain object; repeated keys (checkbox groups) become arrays when the key ends in []. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of formData.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    if (typeof value !== "string") continue;
    if (rawKey.endsWith("[]")) {
      const key = rawKey.slice(0, -2);
      const list = (out[key] as string[] | undefined) ?? [];
      list.push(value);
      out[key] = list;
    } else {
      out[rawKey] = value;
    }
  }
  return out;
}
