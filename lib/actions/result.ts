/** What every server action returns; forms render `error` and `fieldErrors` next to the fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string[]> };

export const GENERIC_ERROR = "Something went wrong on our side. Nothing was saved; please try again.";

export function fail(error: string, fieldErrors: Record<string, string[]> = {}): ActionResult<never> {
  return { ok: false, error, fieldErrors };
}

/**
 * FormData -> plain object; repeated keys (checkbox groups) become arrays when the key ends in [].
 * An action is a public endpoint: whatever a crafted request passes instead of a form gives an
 * empty object, which the action's schema then refuses field by field. NUL characters are dropped:
 * no form sends them, and PostgreSQL text cannot hold them.
 */
export function formDataToObject(formData: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (!(formData instanceof FormData)) return out;
  for (const [rawKey, raw] of formData.entries()) {
    if (rawKey.startsWith("$ACTION")) continue;
    if (typeof raw !== "string") continue;
    const value = raw.replaceAll("\0", "");
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
