/**
 * Requests Next.js would answer with a 500, refused up front with the 4xx
 * they deserve.
 *
 * Next decodes a server action's body (React's reply format) before any code
 * of ours runs, and answers 500 to anything it cannot decode: a body that is
 * not JSON, a truncated multipart form, a multipart POST to a page that has
 * no action, a cross-origin call, a body over the size limit. It also answers
 * 500 to a path whose percent-encoding does not decode, and PostgreSQL refuses
 * NUL characters (%00) that would reach a query. The proxy checks the framing
 * here; what a well-framed body says is each action's schema's business.
 */
export type Problem = { status: 400 | 403 | 413 | 415; message: string };

type Shape = {
  method: string;
  pathname: string;
  /** The query string, "" or "?...". */
  search: string;
  headers: Headers;
  /** Reads the body; called at most once. */
  body: () => Promise<{ text: () => Promise<string>; formData: () => Promise<FormData> }>;
  bodySizeLimit: number;
};

export async function malformedRequest({ method, pathname, search, headers, body, bodySizeLimit }: Shape): Promise<Problem | null> {
  if (!decodes(pathname)) return { status: 400, message: "The address is not valid." };
  if (/%00/.test(pathname) || /%00/.test(search)) return { status: 400, message: "The address is not valid." };
  // Route handlers read their own bodies (Auth.js, Inngest) and answer malformed ones themselves.
  if (method !== "POST" || pathname === "/api" || pathname.startsWith("/api/")) return null;

  const contentType = (headers.get("content-type") ?? "").toLowerCase();
  const multipart = /^multipart\/form-data;\s*boundary=/.test(contentType);
  const isAction = headers.has("next-action");
  if (!isAction && !contentType.startsWith("multipart/form-data")) return null;

  const length = Number(headers.get("content-length") ?? 0);
  if (length > bodySizeLimit) return { status: 413, message: "The request is too large." };

  if (isAction) {
    const problem = crossOrigin(headers);
    if (problem) return problem;
  }
  if (contentType.startsWith("multipart/form-data") && !multipart) return { status: 400, message: "The form could not be read." };
  if (!multipart && !contentType.startsWith("text/plain")) return { status: 415, message: "Server actions take a form or React's text encoding." };

  const read = await body();
  if (multipart) {
    let form: FormData;
    try {
      form = await read.formData();
    } catch {
      return { status: 400, message: "The form could not be read." };
    }
    // A fetch action's arguments are a JSON array in field "0" (React's encodeReply).
    return isAction && !isJsonArray(form.get("0")) ? { status: 400, message: "The form could not be read." } : null;
  }
  return isJsonArray(await read.text()) ? null : { status: 400, message: "The request body could not be read." };
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

function isJsonArray(value: unknown): boolean {
  if (typeof value !== "string") return false;
  try {
    return Array.isArray(JSON.parse(value));
  } catch {
    return false;
  }
}

/**
 * Next's own CSRF check for actions, answered as a 403 instead of a 500: an
 * Origin header must name the host the request was sent to (the first
 * X-Forwarded-Host, else Host, as next/dist/server/app-render/action-handler.js
 * compares). No Origin at all is not a browser's request; Next lets it through too.
 */
function crossOrigin(headers: Headers): Problem | null {
  const origin = headers.get("origin");
  if (origin === null) return null;
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host");
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    originHost = "";
  }
  return originHost !== "" && originHost === host ? null : { status: 403, message: "This action can only be called from its own site." };
}
