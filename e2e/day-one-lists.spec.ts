import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, DEMO, tenantOrigin } from "./support/constants";
import { LANDS, logIn, shot } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { customerNameLinks, customerRows, horizontalOverflow } from "./support/subscribers";

/**
 * What an ISP's owner, cashier and technician trip over in their first hour,
 * on the demo ISP (read only): barangay counts, the customer list's balance,
 * "owes money" filter and search by the name as the list shows it, export
 * only for those allowed, tap-to-call numbers, directions to field jobs, and
 * a landing page that sells what exists. Every screen at 1440 and 390 px.
 */
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const DEMO_TECH = "tech@demo.fiberbill.test";
const DEMO_CASHIER = "cashier@demo.fiberbill.test";
const origin = tenantOrigin(DEMO.slug);

async function shots(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect.soft(await horizontalOverflow(page), `${name} fits a 390 px phone`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** "₱1,299.00" or "Credit ₱50.00" -> centavos (credit negative). */
function centavos(text: string): number {
  const credit = text.includes("Credit");
  const n = Math.round(Number(text.replace(/[^0-9.]/g, "")) * 100);
  return credit ? -n : n;
}

async function openList(page: Page, query = ""): Promise<void> {
  await page.goto(`${origin}/customers${query}`);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await whenHydrated(page.getByRole("searchbox", { name: "Search customers" }));
}

/** The list's cells of one column, by its header's position. */
async function column(page: Page, header: string): Promise<string[]> {
  const headers = (await page.getByRole("table").locator("thead th").allInnerTexts()).map((h) => h.trim());
  const index = headers.indexOf(header);
  expect(index, `${header} column`).toBeGreaterThanOrEqual(0);
  return (await customerRows(page).locator(`td:nth-child(${index + 1})`).allInnerTexts()).map((t) => t.trim());
}

test.describe("day-one fixes on the demo ISP", () => {
  test.use({ viewport: DESKTOP });

  test("the owner sees barangay counts, balances, who owes money, and finds names either way", async ({ page }) => {
    test.setTimeout(240_000);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);

    // Customers > Barangays: the busy barangays have customers; the counts add up to the register.
    await page.goto(`${origin}/barangays`);
    await expect(page.getByRole("heading", { level: 1, name: "Barangays" })).toBeVisible();
    const counts = (await page.locator("tbody tr td:nth-child(5)").allInnerTexts()).map((t) => Number(t.replace(/,/g, "")));
    expect(counts.length).toBe(80);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(300);
    expect(Number((await page.getByTestId("barangay-Carmen").locator("td").nth(4).innerText()).replace(/,/g, ""))).toBeGreaterThan(0);
    // "Barangay 2" before "Barangay 10".
    const names = (await page.locator("tbody tr td:first-child > div:first-child").allInnerTexts()).map((t) => t.trim());
    expect(names.indexOf("Barangay 2")).toBeLessThan(names.indexOf("Barangay 10"));
    await shots(page, "day-one-barangays");

    // The list's Balance column; the barangay filter in natural order.
    await openList(page);
    const balances = await column(page, "Balance");
    expect(balances.length).toBe(50);
    expect(balances.every((b) => /^(Credit )?₱[\d,]+\.\d{2}$/.test(b))).toBe(true);
    const barangayFilter = page.getByRole("combobox", { name: "Barangay", exact: true });
    await expect(barangayFilter.locator("option")).toHaveCount(81);
    const options = await barangayFilter.locator("option").allInnerTexts();
    expect(options.findIndex((o) => o.startsWith("Barangay 2 ("))).toBeLessThan(options.findIndex((o) => o.startsWith("Barangay 10 (")));
    // Mobiles are tap-to-call.
    await expect(customerRows(page).first().locator('a[href^="tel:+639"]')).toHaveCount(1);
    await shots(page, "day-one-customers");

    // Owes money, largest first: every balance above zero, in order.
    await page.getByRole("combobox", { name: "Balance", exact: true }).selectOption({ label: "Owes money" });
    await expect(page).toHaveURL((u) => u.searchParams.get("balance") === "owing");
    await page.getByRole("button", { name: "Balance" }).click();
    await expect(page).toHaveURL((u) => u.searchParams.get("sort") === "balance" && u.searchParams.get("dir") === "desc");
    await expect(page.getByRole("columnheader", { name: "Balance" })).toHaveAttribute("aria-sort", "descending");
    const owed = (await column(page, "Balance")).map(centavos);
    expect(owed.length).toBeGreaterThan(5);
    expect(owed.every((v) => v > 0)).toBe(true);
    expect(owed).toEqual([...owed].sort((a, b) => b - a));
    await shots(page, "day-one-customers-owing");

    // The top debtor's own page shows the same balance, and its activity in words.
    const top = customerNameLinks(page).first();
    const listed = (await top.innerText()).trim();
    await top.click();
    await expect(page.getByTestId("customer-balance")).toBeVisible();
    expect(centavos(await page.getByTestId("customer-balance").innerText())).toBe(owed[0]);
    await expect(page.getByRole("link", { name: /^09\d{2} \d{3} \d{4}$/ })).toHaveAttribute("href", /^tel:\+639\d{9}$/);
    await expect(page.getByText(/^Customer added$/)).toBeVisible();
    await expect(page.locator("code", { hasText: "customer.create" })).toHaveCount(0);
    const [last, first] = listed.split(", ") as [string, string];
    await shots(page, "day-one-customer");

    // Search by the name as the list writes it, the other way round, and by parts of words.
    for (const q of [`${last}, ${first}`, `${first} ${last}`, `${first.slice(0, 3)} ${last.slice(0, 4)}`]) {
      await openList(page, `?q=${encodeURIComponent(q)}`);
      await expect(customerNameLinks(page).filter({ hasText: listed }).first(), q).toBeVisible();
    }
  });

  test("the cashier's search shows balances and tap-to-call numbers; no export for the cashier", async ({ page }) => {
    test.setTimeout(180_000);
    await logIn(page, DEMO.slug, DEMO_CASHIER, DEMO.password, LANDS.Cashier);
    await page.goto(`${origin}/payments?q=santos`);
    const results = page.getByRole("list", { name: "Matching customers" });
    await expect(results).toBeVisible();
    const first = results.getByRole("listitem").first();
    await expect(first.getByTestId("search-balance")).toHaveText(/^(Credit )?₱[\d,]+\.\d{2}$/);
    await expect(first.locator('a[href^="tel:+639"]')).toHaveCount(1);
    await expect(page.getByText(/^\d+ match(es)?\.$|^First \d+ of \d+ matches; type more to narrow\.$/)).toBeVisible();
    await shots(page, "day-one-payments-search");
    await openList(page);
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
  });

  test("the technician gets no export, and each field job a Navigate link to the house", async ({ page }) => {
    test.setTimeout(180_000);
    await logIn(page, DEMO.slug, DEMO_TECH, DEMO.password, LANDS.Technician);
    await openList(page);
    await expect(customerRows(page)).toHaveCount(50);
    await expect(page.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    // Typed by hand, the export refuses too (fetched by the browser, which resolves *.localhost).
    const refused = await page.evaluate(async () => (await fetch("/customers/export")).status);
    expect(refused).toBe(403);

    await page.goto(`${origin}/work-items?status=all`);
    await expect(page.getByRole("heading", { level: 1, name: "Field work" })).toBeVisible();
    const card = page.getByRole("article").first();
    await expect(card).toBeVisible();
    const navigate = card.getByRole("link", { name: /^Navigate to / });
    await expect(navigate).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/search\/\?api=1&query=.+/);
    await expect(card.locator('a[href^="tel:+639"]')).toHaveCount(1);
    await shots(page, "day-one-field-work");
  });

  test("the owner exports; the billing run's recent runs line up", async ({ page }) => {
    test.setTimeout(180_000);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await openList(page, "?balance=owing");
    const link = page.getByRole("link", { name: "Export CSV" });
    await expect(link).toHaveAttribute("href", "/customers/export?balance=owing");
    const csv = await page.evaluate(async () => (await fetch("/customers/export?balance=owing")).text());
    const header = csv.replace(/^\uFEFF/, "").split("\r\n")[0]!.split(",");
    expect(header).toContain("balance");

    await page.goto(`${origin}/billing/run`);
    const runs = page.getByRole("table", { name: "Recent billing runs" });
    await expect(runs).toBeVisible();
    for (const name of ["Invoices", "Total"]) {
      const headerBox = await runs.getByRole("columnheader", { name }).boundingBox();
      const cell = runs.locator("tbody tr").first().locator("td").nth(name === "Invoices" ? 1 : 2);
      const cellBox = await cell.boundingBox();
      const textRight = await cell.evaluate((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        return range.getBoundingClientRect().right;
      });
      // Right-aligned numbers end where their header ends.
      expect(Math.abs(headerBox!.x + headerBox!.width - (cellBox!.x + cellBox!.width)), name).toBeLessThan(2);
      expect(Math.abs(cellBox!.x + cellBox!.width - textRight), `${name} right-aligned`).toBeLessThan(12);
    }
    await shots(page, "day-one-billing-runs");
  });

  test("the landing page sells what exists and marks what is coming", async ({ page }) => {
    await page.goto(`${BASE_URL}/`);
    const features = page.getByRole("list").filter({ hasText: "Exact billing" });
    await expect(features).toBeVisible();
    await expect(features).not.toContainText(/NAP|map|ticket|portal/i);
    await expect(page.getByText(/^Coming next, not in FiberBill yet:/)).toBeVisible();
    await expect(page.getByText("Coming next, not in FiberBill yet:").locator("..")).toContainText("NAP boxes");
    await shots(page, "day-one-landing");
  });
});
