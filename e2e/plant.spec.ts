import { expect, test, type Page } from "@playwright/test";
import { addBarangay, fieldErrorIn, manilaToday, PHONE, shotBothWidths } from "./support/billing";
import { watchBrowserErrors } from "./support/browser-errors";
import { tenantOrigin } from "./support/constants";
import { LANDS, logIn, newTenant, shot, signUp } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { addStaff, newStaff } from "./support/staff";
import { addCustomer, addPlan, CDO, FIBER_50, JUAN, openAddSubscription } from "./support/subscribers";

/** Fills and submits a plant form, then waits for the page it leads to. */
async function submitForm(page: Page, formName: string, fields: Record<string, string>, selects: Record<string, string> = {}): Promise<void> {
  const form = page.getByRole("form", { name: formName });
  await whenHydrated(form.getByRole("button", { name: formName }));
  for (const [label, value] of Object.entries(fields)) await form.getByLabel(label, { exact: true }).fill(value);
  for (const [label, option] of Object.entries(selects)) await form.getByLabel(label, { exact: true }).selectOption({ label: option });
  await form.getByRole("button", { name: formName }).click();
}

test.describe("fiber plant (issue 13)", () => {
  test("an owner builds the plant, receives three ONUs and schedules an installation; a technician completes it on a phone and the line is billed", async ({ page, browser, context }) => {
    test.setTimeout(360_000);
    const problems = await watchBrowserErrors(context);
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

    // ---- Three ONUs received into stock (Network > Equipment). ----
    const serials = ["HWTCA1B2C301", "HWTCA1B2C302", "HWTCA1B2C303"];
    await page.goto(`${origin}/network/equipment/receive`);
    const receive = page.getByRole("form", { name: "Receive stock" });
    await whenHydrated(receive);
    await receive.getByLabel("Kind").selectOption("onu");
    await receive.getByLabel("Brand").fill("Huawei");
    await receive.getByLabel("Model").fill("HG8145V5");
    await receive.getByLabel("Serial numbers").fill(serials.join("\n"));
    await receive.getByRole("button", { name: "Receive 3 devices" }).click();
    await expect(page.getByRole("status")).toHaveText("Received 3 devices into stock.");

    // ---- A technician, a plan, and Juan waiting for installation. ----
    const tech = newStaff(tenant, "Technician", "Ramon Villanueva");
    await page.goto(`${origin}/settings/staff`);
    await whenHydrated(page.getByRole("form", { name: "Add staff" }).getByRole("button", { name: "Add staff member" }));
    await addStaff(page, tech);
    await addPlan(page, tenant.slug, FIBER_50);
    const juan = await addCustomer(page, tenant.slug, JUAN);
    const { panel, form: subscription } = await openAddSubscription(page, FIBER_50.name);
    await subscription.getByRole("button", { name: "Add subscription" }).click();
    await expect(panel.getByRole("status")).toHaveText("Subscription added. Schedule its installation under Connection: the job activates the line.");
    // With a plant recorded, the line is connected by its installation job, not by Activate.
    await expect(page.getByRole("region", { name: "Subscriptions" }).getByRole("button", { name: "Activate" })).toHaveCount(0);

    // ---- The customer page schedules the installation: NAP-12 is offered (Juan's barangay), port 1 first. ----
    const connection = page.getByRole("region", { name: `Connection of ${FIBER_50.name}` });
    await expect(connection).toContainText("Waiting for installation.");
    await connection.getByRole("link", { name: "Schedule installation" }).click();
    const schedule = page.getByRole("form", { name: "Schedule job" });
    await whenHydrated(schedule.getByRole("button", { name: "Schedule job" }));
    await expect(schedule.getByLabel("NAP", { exact: true }).locator("option:checked")).toHaveText("NAP-12 · 8 free · Carmen (customer's barangay)");
    await schedule.getByLabel("Port", { exact: true }).selectOption({ label: "Port 3" });
    await schedule.getByLabel("Technician", { exact: true }).selectOption({ label: tech.name });
    await schedule.getByLabel(/^Device/).selectOption({ label: `ONU · ${serials[0]} · Huawei HG8145V5` });
    await shotBothWidths(page, "plant-schedule-installation");
    await schedule.getByRole("button", { name: "Schedule job" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Installation · ${JUAN.firstName} ${JUAN.lastName}` })).toBeVisible();
    const jobUrl = page.url();
    await page.goto(`${origin}/network/plant/naps`);
    await page.getByRole("link", { name: /NAP-12/ }).click();
    await expect(page.getByRole("listitem", { name: "Port 3: Reserved" })).toContainText(`${JUAN.firstName} ${JUAN.lastName}`);

    // ---- The technician, on a phone at Juan's gate, completes it: location from the phone, the ONU's reading. ----
    const phone = await browser.newContext({ viewport: PHONE, geolocation: { latitude: 8.47832, longitude: 124.64121 }, permissions: ["geolocation"] });
    const techProblems = await watchBrowserErrors(phone);
    const techPage = await phone.newPage();
    await logIn(techPage, tenant.slug, tech.email, tech.password, LANDS.Technician);
    await techPage.getByRole("link", { name: "Installations and plant jobs" }).click();
    await techPage.getByRole("link", { name: "My jobs" }).click();
    await techPage.getByRole("link", { name: /Installation/ }).first().click();
    await expect(techPage).toHaveURL(jobUrl.replace(origin, tenantOrigin(tenant.slug)));
    const complete = techPage.getByRole("form", { name: "Complete job" });
    await whenHydrated(complete.getByRole("button", { name: "Mark job done" }));
    await expect(complete.getByLabel("ONU serial", { exact: true })).toHaveValue(serials[0]!);
    await complete.getByRole("button", { name: "Record the premises location" }).click();
    await expect(complete.getByLabel("Latitude", { exact: true })).toHaveValue("8.478320");
    await expect(complete.getByLabel("Longitude", { exact: true })).toHaveValue("124.641210");
    await complete.getByLabel("Drop cable length (m)", { exact: true }).fill("90");
    // A typo first: the message sits next to the field and nothing else is lost.
    await complete.getByLabel("ONU receive power (dBm)", { exact: true }).fill("-19,8");
    await complete.getByRole("button", { name: "Mark job done" }).click();
    await expect(fieldErrorIn(complete, "ONU receive power (dBm)")).toHaveText("Enter the receive power in dBm as a number.");
    await expect(complete.getByLabel("Drop cable length (m)", { exact: true })).toHaveValue("90");
    await shot(techPage, "plant-complete-job-phone");
    await complete.getByLabel("ONU receive power (dBm)", { exact: true }).fill("-18.9");
    await complete.getByRole("button", { name: "Mark job done" }).click();
    const today = manilaToday();
    await expect(techPage.getByRole("status").filter({ hasText: "Installed: the line is active" })).toBeVisible();
    await expect(techPage.getByText("Measured -18.90 dBm, expected -16.67 dBm")).toBeVisible();
    await expect(techPage.getByText("Within what the plant explains.")).toBeVisible();
    await shot(techPage, "plant-job-done-phone");
    expect(techProblems).toEqual([]);
    await phone.close();

    // ---- Back at the office: the line is active on NAP-12 port 3, and the next run bills it with its installation fee. ----
    await page.goto(`${origin}/customers/${juan.id}`);
    const connected = page.getByRole("region", { name: `Connection of ${FIBER_50.name}` });
    await expect(connected.getByRole("list", { name: "Plant chain" })).toContainText("NAP-12");
    await expect(connected.getByRole("list", { name: "Plant chain" })).toContainText("Port 3");
    await expect(connected.getByRole("list", { name: "Plant chain" })).toContainText(serials[0]!);
    await expect(connected).toContainText("Receive power -18.90 dBm");
    await shotBothWidths(page, "plant-customer-connection");
    await page.goto(`${origin}/billing/run?date=${today}`);
    const preview = page.getByRole("region", { name: "Preview" });
    const row = preview.getByRole("table").locator("tbody tr").filter({ hasText: juan.accountNo });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Installation");
    expect(problems).toEqual([]);
  });
});