import type { z } from "zod";

/** A query string checked against its schema; the first problem in words when it does not fit. */
export function readQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): { ok: true; data: z.infer<S> } | { ok: false; error: string } {
  const parsed = schema.safeParse(Object.fromEntries(params));
  if (parsed.success) return { ok: true, data: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: issue ? `${issue.path.join(".") || "query"}: ${issue.message}` : "Malformed query." };
}
