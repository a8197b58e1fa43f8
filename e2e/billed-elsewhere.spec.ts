import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { addBarangay, fieldErrorIn, firstInvoiceOnDay1Cycle, formatLongDate, manilaToday, pesos, shotBothWidths } from "./support/billing";
import { tenantOrigin } from "./support/constants";
import { newTenant, signUp } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { addCustomer, addPlan, CDO, customerNameLinks, FIBER_50, JUAN, LIZA, openAddSubscription, subscriptionCard } from "./support/subscribers";

// Fiber 50 in centavos, as FIBER_50 types them ("1,299" and "1,500").
const MONTHLY_FEE = 1_299_00;
const INSTALLATION_FEE = 1_500_00;

function monthStart(iso: string, monthsBack = 0): string {
  const d = new Date(`${iso.slice(0, 8)}01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - monthsBack);
  return d.toISOString().slice(0, 10);
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** Activates the card's pending subscription on `date`. */
async function activateOn(page: Page, planName: string, date: string) {
  const card = subscriptionCard(page, planName);
  await card.getByRole("button", { name: "Activate" }).click();
  const form = card.getByRole("form", { name: "Activate" });
  await form.getByLabel("Activation date", { exact: true }).fill(date);
  await form.getByRole("button", { name: "Activate subscription" }).click();
  await expect(card.getByRole("status")).toHaveText(`Activated on ${formatLongDate(date)}.`);
}

test.describe("billed elsewhere until (issue 12, item 9)", () => {
  test("a migrated subscriber's line starts billing after its billed-elsewhere date; a late-entered activation is back-billed, and the preview says so", async ({ page }) => {
    test.setTimeout(240_000);
    const tenant = newTenant("billedelse", "Migrated Fiber");
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);
    const today = manilaToday();
    const thisMonth = monthStart(today);
    const billedUntil = dayBefore(thisMonth);
    const lateActivation = `${monthStart(today, 1).slice(0, 8)}10`;

    await addBarangay(page, tenant.slug, { name: "Carmen", city: CDO.city, province: CDO.province });
    await addPlan(page, tenant.slug, FIBER_50);

    // ---- Juan came over from the ISP's old system, which billed him up to the end of last month. ----
    const juan = await addCustomer(page, tenant.slug, JUAN);
    const { panel, form } = await openAddSubscription(page, FIBER_50.name);
    const billed = form.getByLabel("Billed elsewhere until (optional)", { exact: true });
    await expect(billed).toHaveAccessibleDescription(/^Migrated from another system: already billed up to this day\./);
    await form.getByLabel("Start date", { exact: true }).fill(today);
    await billed.fill(dayBefore(today));
    await form.getByRole("button", { name: "Add subscription" }).click();
    await expect(fieldErrorIn(form, "Billed elsewhere until (optional)")).toHaveText(
      "Use a date on or after the start date: the other system billed this line from its start.",
    );
    await form.getByLabel("Start date", { exact: true }).fill("2024-05-17");
    await billed.fill(billedUntil);
    await shotBothWidths(page, "billed-elsewhere-add-subscription");
    await form.getByRole("button", { name: "Add subscription" }).click();
    await expect(panel.getByRole("status")).toHaveText(
      `Subscription added. Activate it on the day it was installed: FiberBill bills it from the day after ${formatLongDate(billedUntil)}.`,
    );
    const card = subscriptionCard(page, FIBER_50.name);
    await expect(card.getByRole("definition").filter({ hasText: formatLongDate(billedUntil) })).toContainText("by the previous system");
    await activateOn(page, FIBER_50.name, "2024-05-17");
    await shotBothWidths(page, "billed-elsewhere-subscription-card");

    // ---- Liza's activation last month was entered only now: nobody decided to give those days away. ----
    const liza = await addCustomer(page, tenant.slug, LIZA);
    const lizaForm = await openAddSubscription(page, FIBER_50.name);
    await lizaForm.form.getByLabel("Start date", { exact: true }).fill(lateActivation);
    await lizaForm.form.getByRole("button", { name: "Add subscription" }).click();
    await expect(lizaForm.panel.getByRole("status")).toHaveText("Subscription added. Activate it once the line is installed.");
    await activateOn(page, FIBER_50.name, lateActivation);

    // ---- The run preview: Liza is back-billed (last month's days and the installation fee); Juan is not. ----
    await page.goto(`${origin}/billing/run?date=${today}`);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText("Nothing has been written yet.", { exact: false })).toBeVisible();
    const back = firstInvoiceOnDay1Cycle(lateActivation, MONTHLY_FEE, INSTALLATION_FEE);
    const backBilled = preview.getByRole("region", { name: /back-billed/ });
    await expect(backBilled.getByRole("note")).toContainText(`1 subscription is back-billed ${pesos(back.total)}`);
    const rows = backBilled.getByRole("table", { name: "Back-billed subscriptions" }).locator("tbody tr");
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(liza.accountNo);
    await expect(rows.first()).toContainText(`${LIZA.lastName}, ${LIZA.firstName}`);
    await expect(rows.first()).toContainText(`${formatLongDate(lateActivation)} – ${formatLongDate(dayBefore(thisMonth))}`);
    await expect(rows.first()).toContainText("Activated in an earlier period, never invoiced");
    await expect(rows.first().locator("td").nth(4)).toHaveText(pesos(INSTALLATION_FEE));
    await expect(rows.first().locator("td").last()).toHaveText(pesos(back.total));
    await expect(backBilled.getByRole("table").locator("tfoot")).toContainText("1 subscription back-billed");
    // Three invoices: Liza's last month and this month, Juan's this month only (no installation fee).
    const invoices = preview.getByRole("table").filter({ hasNot: page.getByText("Back-billed days") }).locator("tbody tr");
    await expect(invoices).toHaveCount(3);
    const juanRow = invoices.filter({ hasText: juan.accountNo });
    await expect(juanRow).toHaveCount(1);
    await expect(juanRow.locator("li")).toHaveCount(1);
    await expect(juanRow.locator("td").last()).toHaveText(pesos(MONTHLY_FEE));
    await shotBothWidths(page, "billed-elsewhere-run-preview");
  });

  test("the customer import reads a Paid Until column, says where billing starts, and keeps the date on the line", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const tenant = newTenant("paiduntil", "Imported Fiber");
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);
    const today = manilaToday();
    const billedUntil = dayBefore(monthStart(today));
    const paidUntil = `${monthStart(today).slice(0, 8)}15`;
    await addBarangay(page, tenant.slug, { name: "Carmen", city: CDO.city, province: CDO.province });
    await addPlan(page, tenant.slug, FIBER_50);

    const file = testInfo.outputPath("old-system.csv");
    await writeFile(
      file,
      ["Customer Name,Mobile No.,Barangay,Plan,Date Installed,Paid Until", `Ana Reyes,0917 555 1001,Carmen,Fiber 50,2024-05-17,${paidUntil}`, "Rosa Mendoza,0926 555 1003,Carmen,Fiber 50,2024-06-02,"].join("\r\n") + "\r\n",
    );
    await page.goto(`${origin}/customers/import`);
    await whenHydrated(page.getByLabel("CSV file", { exact: true }));
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(file);
    const mapping = page.getByRole("form", { name: "Match columns" });
    await expect(mapping.getByLabel("Paid Until", { exact: true }).locator("option:checked")).toHaveText("Billed until");
    await mapping.getByRole("button", { name: "Preview 2 rows" }).click();
    const preview = page.getByRole("form", { name: "Import customers" });
    await expect(preview.getByText("2 ready", { exact: true })).toBeVisible();
    await expect(preview.locator("p").filter({ hasText: "Billing starts:" })).toHaveText(
      `Billing starts: 1 line from the day after its Billed until date; 1 line taken as billed by your previous system up to ${formatLongDate(billedUntil)}, so FiberBill bills it from the current period (a date in a Billed until column says otherwise).`,
    );
    await shotBothWidths(page, "billed-elsewhere-import-preview");
    await preview.getByRole("button", { name: "Import 2 customers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 2 customers" })).toBeVisible();

    await page.goto(`${origin}/customers`);
    await customerNameLinks(page).filter({ hasText: "Reyes, Ana" }).click();
    const card = subscriptionCard(page, FIBER_50.name);
    await expect(card.getByRole("definition").filter({ hasText: formatLongDate(paidUntil) })).toContainText("by the previous system");
  });
});
