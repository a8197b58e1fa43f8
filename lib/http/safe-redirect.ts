/**
 * A redirect target taken from input (`?next=`, a form field) as a path on
 * `origin`, or null when it would leave it.
 *
 * Browsers do not read a URL the way a string test does: they drop tabs and
 * newlines, treat "\" as "/", decode "%2e" segments and resolve "/./" and
 * "/../". So the target is parsed with the same WHATWG URL parser against the
 * request's own origin, and only the parsed result is used: the raw input is
 * never handed back. What comes back always starts with exactly one "/", so
 * it stays on this origin wherever it is followed (window.location, a
 * Location header, a link).
 */
export function sameOriginPath(target: unknown, origin: string): string | null {
  if (typeof target !== "string" || target === "" || target.length > MAX_TARGET_LENGTH) return null;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return null;
  }
  if (url.origin !== base.origin || url.username !== "" || url.password !== "") return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" parses to the path "//evil.example", which a browser
  // would read again as a protocol-relative URL to another host.
  if (!path.startsWith("/") || path.startsWith("//")) return null;
  return path;
}

/** Longer than any URL of ours; a cap so a crafted field cannot make the parser work hard. */
const MAX_TARGET_LENGTH = 2048;
