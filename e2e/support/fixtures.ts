import { randomBytes } from "node:crypto";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, tenantOrigin } from "./constants";

const screenshotDir = path.resolve(import.meta.dirname, "../artifacts/screenshots");

export type NewTenant = { company: string; slug: string; owner: string; email: string; password: string };

/** A subdomain no other test (or earlier run) uses: "<prefix>-<6 hex>", within the 30-character limit. */
export function uniqueSlug(prefix: string): string {
  return `${prefix.slice(0, 20)}-${randomBytes(3).toString("hex")}`;
}

/** A complete, valid sign-up for a fresh tenant whose subdomain starts with `prefix`. */
export function newTenant(prefix: string, company = "E2E Fiber"): NewTenant {
  const slug = uniqueSlug(prefix);
  return { company: `${company} ${slug.slice(-6).toUpperCase()}`, slug, owner: "Juan dela Cruz", email: `owner@${slug}.fiberbill.test`, password: "e2e-Passw0rd-2026" };
}

/** True when `url` is the dashboard of the tenant: http://<slug>.localhost:3100/ (query string allowed). */
export function isDashboardOf(slug: string) {
  return (url: URL) => url.origin === tenantOrigin(slug) && url.pathname === "/";
}

/** Fills the landing page's sign-up form and waits until the owner lands, signed in, on the new subdomain. */
export async function signUp(page: Page, tenant: NewTenant): Promise<void> {
  await page.goto(`${BASE_URL}/`);
  const form = page.getByRole("form", { name: "Create your FiberBill workspace" });
  await form.getByLabel("Company name", { exact: true }).fill(tenant.company);
  await form.getByLabel("Subdomain", { exact: true }).fill(tenant.slug);
  await form.getByLabel("Your name", { exact: true }).fill(tenant.owner);
  await form.getByLabel("Email", { exact: true }).fill(tenant.email);
  await form.getByLabel("Password", { exact: true }).fill(tenant.password);
  await form.getByRole("button", { name: "Create workspace" }).click();
  await page.waitForURL(isDashboardOf(tenant.slug));
}

/** Fills and submits the sign-in form on the tenant's subdomain; does not wait for the outcome. */
export async function submitLogin(page: Page, slug: string, email: string, password: string): Promise<void> {
  if (!page.url().startsWith(`${tenantOrigin(slug)}/login`)) await page.goto(`${tenantOrigin(slug)}/login`);
  const form = page.getByRole("form", { name: "Sign in" });
  await form.getByLabel("Email", { exact: true }).fill(email);
  await form.getByLabel("Password", { exact: true }).fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}

/** Where each starter role lands after signing in (Settings > Roles); the owner and other roles land on the dashboard at "/". */
export const LANDS = { Cashier: "/payments", Technician: "/work-items", Support: "/customers" } as const satisfies Record<string, string>;

/** Signs in on http://<slug>.localhost:3100/login and waits for the page the user lands on (`lands`, the dashboard by default). */
export async function logIn(page: Page, slug: string, email: string, password: string, lands = "/"): Promise<void> {
  await submitLogin(page, slug, email, password);
  await page.waitForURL((url) => url.origin === tenantOrigin(slug) && url.pathname === lands);
  if (lands === "/") await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
  else await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

/** A full-page screenshot in e2e/artifacts/screenshots/<name>.png, also attached to the HTML report. */
export async function shot(page: Page, name: string): Promise<string> {
  const file = path.join(screenshotDir, `${name}.png`);
  // Let web fonts finish so screenshots show what a user sees.
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: file, fullPage: true });
  await test.info().attach(name, { path: file, contentType: "image/png" });
  return file;
}
