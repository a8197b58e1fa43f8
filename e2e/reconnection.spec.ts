import { expect, test, type Locator, type Page } from "@playwright/test";
import { DESKTOP, PHONE, shotBothWidths } from "./support/billing";
import { watchBrowserErrors } from "./support/browser-errors";
import { DEMO, tenantOrigin } from "./support/constants";
import { LANDS, logIn } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { customerNameLinks } from "./support/subscribers";

/**
 * Issue 11, item 3: the cashier sees what it takes to clear a disconnected
 * customer's account and reconnect (open invoices, charges not yet invoiced,
 * the reconnection fee the payment will charge), the amount is prefilled,
 * and after posting the summary says what is really left (nothing). The
 * customer page shows the same figures. On the demo ISP (late fee ₱100.00,
 * reconnection fee ₱300.00), once at desktop and once at phone width, each
 * on a different disconnected customer (the first one paid no longer qualifies).
 */
const DEMO_CASHIER = "cashier@demo.fiberbill.test";
const origin = tenantOrigin(DEMO.slug);

/** "₱1,299.00" / "−₱50.00" -> centavos. */
function centavos(text: string): number {
  const n = Math.round(Number(text.replace(/[^0-9.]/g, "")) * 100);
  return /[−-]/.test(text) ? -n : n;
}

/** The itemised amount (components/billing/settlement-breakdown.tsx): [label, amount] per row, the total last. */
async function breakdown(scope: Locator): Promise<[string, string][]> {
  const list = scope.locator('dl[aria-label="Amount to clear the account"]');
  await expect(list).toBeVisible();
  const rows = await list.locator(":scope > div").all();
  const out: [string, string][] = [];
  for (const row of rows) out.push([(await row.locator("dt").innerText()).trim(), (await row.locator("dd").innerText()).trim()]);
  return out;
}

/** A disconnected demo customer who owes money and whose payment would reconnect a line for a fee (one paid earlier no longer does). */
async function disconnectedCustomer(page: Page): Promise<string> {
  await page.goto(`${origin}/customers?status=disconnected&balance=owing&size=100`);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  const ids = (await customerNameLinks(page).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))).map((href) => href.split("/").pop()!);
  expect(ids.length, "the demo has disconnected customers who owe money").toBeGreaterThan(0);
  for (const id of ids) {
    await page.goto(`${origin}/payments?customer=${id}`);
    const list = page.locator('dl[aria-label="Amount to clear the account"]');
    await expect(list.or(page.getByText("Nothing owed.")).first()).toBeVisible();
    if ((await list.getByText("Reconnection fee").count()) > 0) return id;
  }
  throw new Error("no disconnected demo customer awaiting a reconnection fee");
}

for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
  test(`the cashier sees what clears a disconnected account and reconnects it, posts it, and nothing is left (${width})`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const problems = await watchBrowserErrors(context);
    await page.setViewportSize(viewport);
    await logIn(page, DEMO.slug, DEMO_CASHIER, DEMO.password, LANDS.Cashier);
    const id = await disconnectedCustomer(page);

    // ---- The customer page: the balance, and what clears it and reconnects. ----
    await page.goto(`${origin}/customers/${id}`);
    const before = await breakdown(page.getByRole("main"));
    const [totalLabel, totalText] = before.at(-1)!;
    expect(totalLabel).toBe("To clear the account and reconnect");
    const items = before.slice(0, -1);
    expect(items.some(([label]) => label.startsWith("Invoice ")), "an open invoice").toBe(true);
    expect(items.find(([label]) => label.startsWith("Reconnection fee"))?.[1]).toBe("₱300.00");
    // The parts add up to the total, and the total is the balance plus the reconnection fee.
    const total = centavos(totalText);
    expect(items.reduce((s, [, amount]) => s + centavos(amount), 0)).toBe(total);
    expect(centavos(await page.getByTestId("customer-balance").innerText())).toBe(total - 30000);
    await shotBothWidths(page, `reconnection-customer-before-${width}`);

    // ---- The cashier screen: the same items, the total prefilled. ----
    await page.goto(`${origin}/payments?customer=${id}`);
    const form = page.getByRole("form", { name: "Post a payment" });
    await whenHydrated(form);
    expect(await breakdown(page.getByRole("main"))).toEqual(before);
    await expect(page.getByText("To clear the account and reconnect", { exact: true }).first()).toBeVisible();
    const amount = form.getByLabel("Amount received (₱)", { exact: true });
    expect(centavos(await amount.inputValue())).toBe(total);
    await shotBothWidths(page, `reconnection-cashier-before-${width}`);
    await page.setViewportSize(viewport);

    await form.getByRole("button", { name: "Post payment" }).click();
    const posted = page.getByRole("status").filter({ hasText: "Posted" });
    await expect(posted).toContainText(`Posted ${totalText}: receipt`);
    await expect(posted.getByTestId("balance-after")).toHaveText("Nothing owed: the account is clear.");
    await expect(posted).toContainText("will be reconnected");
    await expect(posted).toContainText("reconnection fee ₱300.00 charged");
    await expect(posted).not.toContainText("Credit");
    await shotBothWidths(page, `reconnection-cashier-posted-${width}`);
    await page.setViewportSize(viewport);

    // ---- The customer page agrees: nothing owed, the fee and the payment on the statement. ----
    await page.goto(`${origin}/customers/${id}`);
    await expect(page.getByTestId("customer-balance")).toHaveText("₱0.00");
    await expect(page.getByText("Nothing to pay.", { exact: true })).toBeVisible();
    await expect(page.locator('dl[aria-label="Amount to clear the account"]')).toHaveCount(0);
    // On the statement (its description column is hidden on a phone, so present rather than visible).
    await expect(page.getByRole("main").getByText("Reconnection fee", { exact: true })).not.toHaveCount(0);
    await shotBothWidths(page, `reconnection-customer-after-${width}`);

    // And the cashier screen, opened again, asks for nothing.
    await page.goto(`${origin}/payments?customer=${id}`);
    await expect(page.getByText("Nothing owed.", { exact: true })).toBeVisible();
    await expect(page.getByRole("form", { name: "Post a payment" }).getByLabel("Amount received (₱)", { exact: true })).toHaveValue("");
    expect(problems).toEqual([]);
  });
}
