import { tileImageSource } from "../map/tiles";

/**
 * The security headers of every response (ASVS 3.4), in one place: the proxy
 * sets them on everything it sees, next.config.ts on what it does not (build
 * assets under /_next/).
 */

/** Where images may come from. The one place img-src is built: the map's tile server (MAP_TILE_URL) joins it. */
export function imageSources(): string[] {
  const tiles = tileImageSource();
  return ["'self'", "data:", "blob:", ...(tiles ? [tiles] : [])];
}

export type PolicyContext = {
  /** Fresh for every response; Next.js puts it on its own scripts (it reads it back from the request's policy). */
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval. Never in a production build. */
  dev: boolean;
  /** Served over https (directly, or behind a TLS proxy that says so in X-Forwarded-Proto). */
  https: boolean;
};

type Directive = [name: string, ...sources: string[]];

const serialize = (directives: Directive[]) => directives.map((d) => d.join(" ")).join("; ");

/** The policy of pages, route handlers and files: scripts only with this response's nonce. */
export function contentSecurityPolicy({ nonce, dev, https }: PolicyContext): string {
  const directives: Directive[] = [
    ["default-src", "'self'"],
    // 'strict-dynamic': scripts a nonce'd script loads (Next's chunks) run too; 'self' is for browsers without it.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // style attributes (and the map and chart libraries to come) need inline styles. No nonce here:
    // a nonce in style-src would make browsers ignore 'unsafe-inline'.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", ...imageSources()],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  if (https) directives.push(["upgrade-insecure-requests"]);
  return serialize(directives);
}

/**
 * The policy of PDFs shown in the browser. Chrome shows a PDF inside a page
 * of its own that is held to the PDF's policy: that page styles itself inline
 * and embeds the document, so it needs inline styles and object-src 'self'.
 * Nothing else runs there.
 */
export function pdfContentSecurityPolicy(): string {
  return serialize([
    ["default-src", "'none'"],
    ["style-src", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["object-src", "'self'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
    ["frame-ancestors", "'none'"],
  ]);
}

/** Which policy a path gets: route handlers under /api/pdf/ answer with PDFs. */
export function policyFor(pathname: string, context: PolicyContext): string {
  return pathname.startsWith("/api/pdf/") ? pdfContentSecurityPolicy() : contentSecurityPolicy(context);
}

/**
 * Powerful browser features, all off but the two the technicians' phone pages
 * will use on our own origin. Only names Chromium knows: an unknown one costs
 * a console warning on every page (Debian's Chromium does not know "bluetooth").
 */
export const PERMISSIONS_POLICY = [
  "geolocation=(self)",
  "camera=(self)",
  ...[
    "accelerometer",
    "autoplay",
    "browsing-topics",
    "display-capture",
    "encrypted-media",
    "fullscreen",
    "gyroscope",
    "hid",
    "idle-detection",
    "magnetometer",
    "microphone",
    "midi",
    "payment",
    "picture-in-picture",
    "publickey-credentials-get",
    "screen-wake-lock",
    "serial",
    "sync-xhr",
    "usb",
    "xr-spatial-tracking",
  ].map((feature) => `${feature}=()`),
].join(", ");

/** Two years, every subdomain (each tenant's workspace is one): the policy browsers preload lists ask for. */
export const STRICT_TRANSPORT_SECURITY = "max-age=63072000; includeSubDomains";

/** The headers every response carries, whatever it is and whoever answers it. */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
  // frame-ancestors 'none' for browsers that predate it, and for the build assets that carry no policy.
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
};

/** Everything the proxy sets on a response to `pathname`. */
export function securityHeadersFor(pathname: string, context: PolicyContext): Record<string, string> {
  return {
    ...STATIC_SECURITY_HEADERS,
    "Content-Security-Policy": policyFor(pathname, context),
    ...(context.https ? { "Strict-Transport-Security": STRICT_TRANSPORT_SECURITY } : {}),
  };
}

/** A nonce for one response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
