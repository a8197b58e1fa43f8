import { createHash } from "node:crypto";
import { isUuid } from "@/lib/uuid";

/**
 * Idempotent submissions of the forms that create money records. The form
 * makes a key when it opens and sends it with every submission of that form;
 * the action chain claims the key in the action's own transaction, so the
 * key is taken exactly when the work committed. A retry (a double click, a
 * "try again" after a lost connection, a second tab racing the first) gets
 * the first result back instead of a second payment.
 */
export const IDEMPOTENCY_FIELD = "idempotencyKey";

/** The key the form sent, or null when it is missing or not a key at all. */
export function idempotencyKeyOf(raw: Record<string, unknown>): string | null {
  const key = raw[IDEMPOTENCY_FIELD];
  return typeof key === "string" && isUuid(key) ? key.toLowerCase() : null;
}

/** Who asked for what: the same key with another user or other values is refused, not replayed. */
export function fingerprintOf(action: string, userId: string, input: unknown): string {
  return createHash("sha256").update(stableJson({ action, userId, input })).digest("hex");
}

/** JSON with object keys sorted, so equal inputs always hash alike. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
}
