import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { BASE_URL, DEMO, tenantOrigin } from "./support/constants";
import { logIn } from "./support/fixtures";

/**
 * axe-core over every main page, as the demo ISP's owner (a workspace full of
 * customers, invoices and payments): light and dark, 1440 px and a 390 px
 * phone, no serious or critical WCAG 2.1 A/AA violation.
 */
const origin = tenantOrigin(DEMO.slug);
const stateFile = path.resolve(import.meta.dirname, "artifacts/axe-owner-state.json");

async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator("main").first()).toBeVisible();
}

/** The href of the first link on `path` whose href starts with `prefix` (a customer, an invoice, a payment). */
async function firstLink(page: Page, pathname: string, prefix: string): Promise<string> {
  await page.goto(`${origin}${pathname}`);
  const link = page.locator(`main a[href^="${prefix}"]`).first();
  await expect(link).toBeVisible();
  return (await link.getAttribute("href"))!;
}

/**
 * A payment of the demo from the day's collections: today's, or an earlier
 * day's when none was taken yet today (early in the morning in Manila).
 */
async function aPaymentLink(page: Page): Promise<string> {
  for (let back = 0; back < 14; back++) {
    const day = new Date(Date.now() + 8 * 3_600_000 - back * 86_400_000).toISOString().slice(0, 10);
    await page.goto(`${origin}/payments/day?date=${day}`);
    await expect(page.getByRole("heading", { level: 2, name: /^Collections for / })).toBeVisible();
    const link = page.locator('main a[href^="/payments/"]').first();
    if ((await link.count()) > 0) return (await link.getAttribute("href"))!;
  }
  throw new Error("no payment in the demo's last two weeks");
}

test.describe("accessibility of the signed-out pages (axe-core, WCAG 2.1 A and AA)", () => {
  // Four full axe runs a page; a long table takes a while on a busy machine.
  test.describe.configure({ timeout: 300_000 });

  for (const url of [`${BASE_URL}/`, `${BASE_URL}/find-workspace`, `${origin}/login`]) {
    test(`signed out: ${url}`, async ({ page }) => {
      await open(page, url);
      await expectAccessible(page, url);
    });
  }

});

test.describe("accessibility of the staff app (axe-core, WCAG 2.1 A and AA)", () => {
  test.describe.configure({ timeout: 300_000 });

  // Signs in once (per worker) and finds a customer, an invoice, a billing run and a payment of the demo.
  const found: Record<string, string> = {};
  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    const page = await browser.newPage();
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    mkdirSync(path.dirname(stateFile), { recursive: true });
    await page.context().storageState({ path: stateFile });
    found.customer = await firstLink(page, "/customers", "/customers/");
    found.invoice = await firstLink(page, "/billing", "/billing/invoices/");
    found.run = await firstLink(page, "/billing/run", "/billing/runs/");
    found.payment = await aPaymentLink(page);
    // A NAP of the list (the header's "New NAP" link shares the prefix).
    await page.goto(`${origin}/network/plant/naps?sort=free`);
    found.nap = (await page.locator('main tbody a[href^="/network/plant/naps/"]').first().getAttribute("href"))!;
    await page.context().close();
  });

  const signedIn = async (browser: Browser) => (await browser.newContext({ storageState: stateFile })).newPage();
  const pages: [name: string, path: () => string][] = [
    ["dashboard", () => "/dashboard"],
    ["customers", () => "/customers"],
    ["a customer", () => found.customer!],
    ["barangays", () => "/barangays"],
    ["plans", () => "/plans"],
    ["billing (invoices)", () => "/billing"],
    ["an invoice", () => found.invoice!],
    ["billing run", () => "/billing/run"],
    ["a billing run's result", () => found.run!],
    ["payments", () => "/payments"],
    ["payments of the day", () => "/payments/day"],
    ["a payment", () => found.payment!],
    ["a receipt", () => found.payment!.replace("/payments/", "/receipts/")],
    ["work items", () => "/work-items"],
    ["network: plant", () => "/network/plant"],
    ["network: NAPs", () => "/network/plant/naps"],
    ["network: a NAP", () => found.nap!],
    ["network: equipment", () => "/network/equipment"],
    ["network: jobs", () => "/network/jobs?status=done"],
    ["notifications", () => "/notifications"],
    ["settings", () => "/settings"],
    ["settings: billing", () => "/settings/billing"],
    ["settings: roles", () => "/settings/roles"],
    ["settings: a role", () => "/settings/roles/new"],
    ["settings: staff", () => "/settings/staff"],
    ["settings: audit log", () => "/settings/audit"],
    ["settings: notifications", () => "/settings/notifications"],
    ["settings: schedule", () => "/settings/schedule"],
    ["settings: customers", () => "/settings/customers"],
  ];
  for (const [name, pathOf] of pages) {
    test(`signed in: ${name}`, async ({ browser }) => {
      const page = await signedIn(browser);
      await open(page, `${origin}${pathOf()}`);
      await expectAccessible(page, name);
      await page.context().close();
    });
  }
});
