/** Where the e2e server listens and how its hosts are spelled; shared by the config, the server and the specs. */
/** E2E_PORT lets two checkouts run their suites side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT) || 3100;
export const ROOT_DOMAIN = "localhost";
export const BASE_URL = `http://${ROOT_DOMAIN}:${E2E_PORT}`;

/** Signs sessions on the e2e server only; never used anywhere else. */
export const E2E_AUTH_SECRET = "fiberbill-e2e-only-secret-not-for-any-real-deployment";

/** The tenant the demo seed creates (scripts/seed/demo.ts). */
export const DEMO = {
  slug: "demo",
  name: "Demo Fiber",
  ownerEmail: "owner@demo.fiberbill.test",
  password: "demo-fiber-2026",
} as const;

/** http://<slug>.localhost:3100 */
export function tenantOrigin(slug: string): string {
  return `http://${slug}.${ROOT_DOMAIN}:${E2E_PORT}`;
}
