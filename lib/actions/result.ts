/** What every server action returns; forms render `error` and `fieldErrors` next to the fields. */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; error: string; fieldErrors: Record<string, string[]> };

/** Only for failures known to have saved nothing: the work's transaction rolled back or never began. */
export const GENERIC_ERROR = "Something went wrong on our side. Nothing was saved; please try again.";

/** The connection broke while the work was being committed: it may or may not have been saved. */
export const OUTCOME_UNKNOWN =
  "We lost the connection to the database while saving, so we cannot tell whether this was saved. Please check before trying again.";

/** The same, for a form whose retry cannot save twice (it carries its idempotency key). */
export const OUTCOME_UNKNOWN_RETRY_SAFE =
  "We lost the connection to the database while saving, so we cannot tell whether this was saved. Submitting the form again is safe: it will not be saved twice.";

/** A form of a money action arrived without its key (an old page, a hand-made request). */
export const KEY_MISSING = "This form has expired. Reload the page and try again.";

/** The key of a submission that was already saved, sent again with other values or by someone else. */
export const KEY_REUSED = "This form was already submitted with other values, and that submission was saved. Reload the page to start a new one.";

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
  // No prototype: a field named "constructor[]" or "__proto__" is just a field.
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
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
