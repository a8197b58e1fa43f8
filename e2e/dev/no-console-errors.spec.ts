import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, DEMO, tenantOrigin } from "../support/constants";
import { logIn } from "../support/fixtures";
import { whenHydrated } from "../support/hydration";

/**
 * The main pages under `next dev` (playwright.dev.config.ts) log no error to
 * the browser console: no hydration mismatch (server and browser writing a
 * date, a time or an amount differently, a theme, a random id), no invalid
 * nesting, no missing key. The production suite cannot see these: React
 * reports them in development only.
 */
const PAGES = [
  "/",
  "/customers",
  "/customers?q=santos&balance=owing",
  "/barangays",
  "/plans",
  "/billing",
  "/billing/run",
  "/payments?q=santos",
  "/payments/day",
  "/work-items",
  "/notifications",
  "/settings/roles",
  "/settings/schedule",
  "/network/map",
];

/** Everything the page logs as an error, and every uncaught exception, from now on. */
function collectErrors(page: Page): { where: string; errors: string[] } {
  const log = { where: "", errors: [] as string[] };
  page.on("console", (m) => {
    if (m.type() === "error") log.errors.push(`${log.where}: ${m.text().slice(0, 2000)}`);
  });
  page.on("pageerror", (e) => log.errors.push(`${log.where}: uncaught ${e.message.slice(0, 2000)}`));
  return log;
}

/** Loads a page and waits until React has hydrated it (errors of hydration are logged by then). */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: "load" });
  await whenHydrated(page.locator("body"));
  await page.waitForTimeout(500);
}

test("the main pages log no console errors in development mode, on a desktop and a phone", async ({ page }) => {
  const log = collectErrors(page);
  log.where = "landing";
  await visit(page, `${BASE_URL}/`);
  log.where = "login";
  await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
  const origin = tenantOrigin(DEMO.slug);
  for (const path of PAGES) {
    log.where = path;
    await visit(page, `${origin}${path}`);
  }
  log.where = "a customer";
  await visit(page, `${origin}/customers`);
  const customer = await page.getByRole("table").getByRole("link").first().getAttribute("href");
  await visit(page, `${origin}${customer}`);

  // The phone's layout renders other parts (the menu drawer, folded table cells).
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/", "/customers", "/payments?q=santos", "/work-items"]) {
    log.where = `phone ${path}`;
    await visit(page, `${origin}${path}`);
  }
  expect(log.errors).toEqual([]);
});
