/** Subdomains a tenant may not take: our own hosts and words that would mislead. */
export const RESERVED_SUBDOMAINS: ReadonlySet<string> = new Set([
  "www", "app", "api", "admin", "administrator", "auth", "login", "logout", "signin", "signup", "register",
  "account", "accounts", "billing", "pay", "payments", "help", "support", "status", "docs", "blog", "news",
  "mail", "email", "smtp", "imap", "pop", "ftp", "ns1", "ns2", "dns", "cdn", "static", "assets", "media",
  "files", "dashboard", "console", "portal", "root", "system", "internal", "staff", "test", "staging",
  "dev", "localhost", "fiberbill", "inngest", "webhooks", "security", "abuse", "postmaster", "hostmaster",
]);

export const SLUG_MIN = 3;
export const SLUG_MAX = 30;

export type SlugProblem = "too_short" | "too_long" | "invalid_characters" | "edge_hyphen" | "double_hyphen" | "reserved";

export const SLUG_PROBLEM_MESSAGES: Record<SlugProblem, string> = {
  too_short: `Use at least ${SLUG_MIN} characters.`,
  too_long: `Use at most ${SLUG_MAX} characters.`,
  invalid_characters: "Use only lowercase letters, numbers and hyphens.",
  edge_hyphen: "A subdomain cannot start or end with a hyphen.",
  double_hyphen: "A subdomain cannot contain two hyphens in a row.",
  reserved: "That subdomain is reserved. Please choose another.",
};

/** Why a subdomain is not allowed, or null when its format is fine (availability is checked separately). */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug.length < SLUG_MIN) return "too_short";
  if (slug.length > SLUG_MAX) return "too_long";
  if (!/^[a-z0-9-]+$/.test(slug)) return "invalid_characters";
  if (slug.startsWith("-") || slug.endsWith("-")) return "edge_hyphen";
  if (slug.includes("--")) return "double_hyphen";
  if (RESERVED_SUBDOMAINS.has(slug)) return "reserved";
  return null;
}

/** A subdomain suggested from a company name: "Bukidnon Fiber Net, Inc." -> "bukidnon-fiber-net-inc". */
export function suggestSlug(companyName: string): string {
  const base = companyName
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return base.slice(0, SLUG_MAX).replace(/-+$/g, "");
}

/**
 * The tenant subdomain in a Host header, or null for the root domain and
 * foreign hosts. "demo.localhost:3000" -> "demo"; "demo.fiberbill.ph" -> "demo"
 * when rootDomain is "fiberbill.ph". Only one label deep: "a.b.fiberbill.ph" is not a tenant.
 */
export function tenantSlugFromHost(host: string | null | undefined, rootDomain: string): string | null {
  if (!host) return null;
  const hostname = host.trim().toLowerCase().replace(/:\d+$/, "").replace(/\.$/, "");
  const root = rootDomain.toLowerCase();
  if (hostname === root || !hostname.endsWith(`.${root}`)) return null;
  const sub = hostname.slice(0, -(root.length + 1));
  if (sub.includes(".") || sub === "www") return null;
  return sub;
}
