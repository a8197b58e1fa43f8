import { expect, test, type Page } from "@playwright/test";
import { addBarangay, fieldErrorIn, shotBothWidths } from "./support/billing";
import { tenantOrigin } from "./support/constants";
import { newTenant, signUp } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { CDO } from "./support/subscribers";

/** Fills and submits a plant form, then waits for the page it leads to. */
async function submitForm(page: Page, formName: string, fields: Record<string, string>, selects: Record<string, string> = {}): Promise<void> {
  const form = page.getByRole("form", { name: formName });
  await whenHydrated(form.getByRole("button", { name: formName }));
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  for (const [label, option] of Object.entries(selects)) await form.getByLabel(label, { exact: true }).selectOption({ label: option });
  await form.getByRole("button", { name: formName }).click();
}

test.describe("fiber plant (issue 13)", () => {
  test("an owner builds an OLT with a PON port, an LCP and a NAP whose ports show as a grid", async ({ page }) => {
    test.setTimeout(180_000);
    const tenant = newTenant("plant", "Plant Fiber");
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);
    await addBarangay(page, tenant.slug, { name: "Carmen", city: CDO.city, province: CDO.province });

    await page.goto(`${origin}/network`);
    await expect(page).toHaveURL(/\/network\/plant$/);
    await expect(page.getByRole("heading", { level: 1, name: "Fiber plant" })).toBeVisible();
    await expect(page.getByText("No plant recorded yet")).toBeVisible();
    await shotBothWidths(page, "plant-empty");

    await page.getByRole("link", { name: "OLT", exact: true }).click();
    await submitForm(page, "Add OLT", { Name: "CDO Main OLT", Vendor: "ZTE", Model: "C320", Site: "Carmen office", Latitude: "8.4770", Longitude: "124.6405" });
    await expect(page.getByRole("heading", { level: 1, name: "CDO Main OLT" })).toBeVisible();
    const pon = page.getByRole("form", { name: "Add PON port" });
    await whenHydrated(pon.getByRole("button", { name: "Add PON port" }));
    await pon.getByLabel("Slot/port", { exact: true }).fill("0/1/1");
    await pon.getByLabel("Transmit power (dBm)", { exact: true }).fill("3.5");
    await pon.getByRole("button", { name: "Add PON port" }).click();
    await expect(page.getByRole("status").filter({ hasText: "PON port 0/1/1 added." })).toBeVisible();
    await expect(page.getByRole("table", { name: "PON ports" })).toContainText("0/1/1");

    await page.goto(`${origin}/network/plant/lcps/new`);
    await submitForm(page, "Add LCP", { Code: "LCP-01", "Feeder length from the OLT (m)": "2000" }, { Barangay: "Carmen, Cagayan de Oro City", "Fed from PON port": "CDO Main OLT · 0/1/1", Splitter: "1:4" });
    await expect(page.getByRole("heading", { level: 1, name: "LCP-01" })).toBeVisible();
    await page.getByRole("link", { name: "NAP here" }).click();

    // A NAP code and a coordinate typed wrong: the messages sit next to the fields, the rest is kept.
    await submitForm(page, "Add NAP", { Code: "", Latitude: "95", Longitude: "124.6411", "Distance from the LCP (m)": "400", "Pole number": "P-112" }, { Barangay: "Carmen, Cagayan de Oro City", Splitter: "1:8 (8 ports)" });
    const form = page.getByRole("form", { name: "Add NAP" });
    await expect(fieldErrorIn(form, "Code")).toHaveText("Enter the NAP code.");
    await expect(fieldErrorIn(form, "Latitude")).toHaveText("Latitude is between -90 and 90.");
    await expect(form.getByLabel("Pole number", { exact: true })).toHaveValue("P-112");
    await shotBothWidths(page, "plant-nap-form-errors");
    await form.getByLabel("Code", { exact: true }).fill("NAP-12");
    await form.getByLabel("Latitude", { exact: true }).fill("8.4781");
    await form.getByRole("button", { name: "Add NAP" }).click();

    await expect(page.getByRole("heading", { level: 1, name: "NAP-12" })).toBeVisible();
    const ports = page.getByRole("list", { name: "Ports" }).getByRole("listitem");
    await expect(ports).toHaveCount(8);
    await expect(page.getByRole("listitem", { name: "Port 1: Free" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Plant chain" })).toContainText("CDO Main OLT");
    await shotBothWidths(page, "plant-nap-page");

    await page.goto(`${origin}/network/plant/naps`);
    await expect(page.getByRole("table").locator("tbody tr")).toHaveCount(1);
    await expect(page.getByRole("table").locator("tbody tr").first()).toContainText("NAP-12");
    await shotBothWidths(page, "plant-nap-list");
    await page.goto(`${origin}/network/plant`);
    await expect(page.getByRole("table", { name: "Utilisation by barangay" })).toContainText("Carmen");
    await shotBothWidths(page, "plant-overview");
  });
});
