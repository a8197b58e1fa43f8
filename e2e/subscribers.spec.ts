import { readFile, writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { tenantOrigin } from "./support/constants";
import { readCsv } from "./support/csv";
import { watchBrowserErrors } from "./support/browser-errors";
import { whenHydrated } from "./support/hydration";
import { newTenant, shot, signUp } from "./support/fixtures";
import { newStaff, signedInAs, tenantWithStaff } from "./support/staff";
import {
  addCustomer,
  buildRegister,
  CDO,
  customerForm,
  customerNameLinks,
  customerRows,
  fieldError,
  FIBER_50,
  fillCustomer,
  fillPlan,
  horizontalOverflow,
  confirmPsgcImport,
  importPsgcBarangays,
  JUAN,
  LIZA,
  listName,
  NENITA,
  planForm,
  previewPsgcImport,
  RAMON,
  shownAccountNumbers,
  submitNewCustomer,
  subscribeAndActivate,
  subscriptionCard,
  type CustomerInput,
} from "./support/subscribers";

const MOBILE_HINT = "A Philippine mobile number, like 0917 123 4567 or +63 917 123 4567.";
const NO_ACCESS = "You do not have access to this page";
const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const EXPORT_HEADER = ["account_no", "last_name", "first_name", "mobile", "email", "address", "barangay", "city", "plans", "balance", "status", "added"];

/** Screenshots the page at desktop and phone width (checking nothing sticks out sideways on the phone), then returns to desktop. */
async function shotBothWidths(page: Page, name: string): Promise<void> {
  // From the top: a full-page shot of a scrolled page paints the sticky header halfway down.
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await horizontalOverflow(page), `${name} fits a 390 px phone`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

async function openCustomers(page: Page, slug: string): Promise<void> {
  await page.goto(`${tenantOrigin(slug)}/customers`);
  await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
  await whenHydrated(page.getByRole("searchbox", { name: "Search customers" }));
}

/** Reloads the list and waits until its controls answer again. */
async function reloadList(page: Page): Promise<void> {
  await page.reload();
  await whenHydrated(page.getByRole("searchbox", { name: "Search customers" }));
}

/** The pager's "1–4 of 4 customers". */
function countLine(page: Page) {
  return page.getByText(/^\d+–\d+ of \d+ customers?$/);
}

test.describe("subscriber register", () => {
  test("the owner adds barangays, a plan and a customer with a subscription, then edits it", async ({ page }) => {
    test.setTimeout(180_000);
    const tenant = newTenant("register", "Register Fiber");
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);

    // A new tenant starts with nothing: Customers, then its Barangays tab.
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    await expect(page.getByText("No customers yet.")).toBeVisible();
    await page.getByRole("navigation", { name: "Subscriber register" }).getByRole("link", { name: "Barangays" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Barangays" })).toBeVisible();
    await expect(page.getByText("No barangays yet.", { exact: false })).toBeVisible();

    // Two barangays by hand; an empty form first says what each field needs.
    await page.getByRole("link", { name: "Add barangay" }).click();
    const brgyForm = page.getByRole("form", { name: "Add barangay" });
    await whenHydrated(brgyForm);
    await brgyForm.getByRole("button", { name: "Add barangay" }).click();
    await expect(brgyForm.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(fieldError(brgyForm, "Barangay name")).toHaveText("Enter the barangay's name.");
    await expect(fieldError(brgyForm, "City / municipality")).toHaveText("Enter the city or municipality.");
    await expect(fieldError(brgyForm, "Province")).toHaveText("Enter the province.");
    for (const [name, city] of [
      ["Carmen", CDO.city],
      ["Poblacion", "Opol"],
    ] as const) {
      await page.goto(`${origin}/barangays/new`);
      await whenHydrated(brgyForm);
      await brgyForm.getByLabel("Barangay name", { exact: true }).fill(name);
      await brgyForm.getByLabel("City / municipality", { exact: true }).fill(city);
      await brgyForm.getByLabel("Province", { exact: true }).fill(CDO.province);
      await brgyForm.getByRole("button", { name: "Add barangay" }).click();
      // Back on the list, filtered to the new barangay's place.
      await expect(page).toHaveURL((u) => u.pathname === "/barangays" && u.searchParams.get("city") === city);
      await expect(page.getByTestId(`barangay-${name}`)).toBeVisible();
    }

    // The rest of the city from PSGC: the hand-added Carmen is recognised by name and not imported twice.
    const expected = { newCount: CDO.barangayCount - 1, already: 1 };
    await previewPsgcImport(page, tenant.slug, expected);
    await expect(page.getByTestId("psgc-1030500044")).toContainText("Carmen");
    await expect(page.getByTestId("psgc-1030500044")).toContainText("In your list");
    await expect(page.getByTestId("psgc-1030500053")).toContainText("Lapasan");
    await expect(page.getByTestId("psgc-1030500053")).toContainText("New");
    await confirmPsgcImport(page, expected);
    await page.getByRole("link", { name: "See them in your list" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/barangays" && u.searchParams.get("city") === CDO.city);
    await expect(page.getByText(`Where your customers live. ${CDO.barangayCount} matching.`)).toBeVisible();
    await expect(page.getByTestId("barangay-Carmen")).toHaveCount(1);

    // A plan: the empty form's errors sit next to their fields.
    await page.getByRole("navigation", { name: "Subscriber register" }).getByRole("link", { name: "Plans" }).click();
    await expect(page.getByText("No plans yet.", { exact: false })).toBeVisible();
    await page.getByRole("link", { name: "Add plan" }).click();
    const plan = planForm(page);
    await whenHydrated(plan);
    await plan.getByRole("button", { name: "Add plan" }).click();
    await expect(fieldError(plan, "Plan name")).toHaveText("Enter the plan's name.");
    await expect(fieldError(plan, "Download (Mbps)")).toHaveText("Enter the download speed in Mbps.");
    await expect(fieldError(plan, "Upload (Mbps)")).toHaveText("Enter the upload speed in Mbps.");
    await expect(fieldError(plan, "Monthly fee (₱)")).toHaveText("Enter the monthly fee.");
    // Installation may be free: an empty fee is no error.
    await expect(fieldError(plan, "Installation fee (₱)")).toHaveCount(0);
    await fillPlan(plan, FIBER_50);
    await plan.getByRole("button", { name: "Add plan" }).click();
    await expect(page.getByRole("status")).toHaveText(`Saved plan ${FIBER_50.name}.`);
    const planRow = page.getByTestId(`plan-${FIBER_50.name}`);
    await expect(planRow).toContainText("₱1,299.00");
    await expect(planRow).toContainText("50/50 Mbps");
    await expect(planRow).toContainText("₱1,500.00");
    await expect(planRow).toContainText("Active");

    // A customer. The empty form first: every missing field says so, under itself.
    await page.getByRole("navigation", { name: "Subscriber register" }).getByRole("link", { name: "Customers" }).click();
    await page.getByRole("link", { name: "New customer" }).click();
    await expect(page).toHaveURL(`${origin}/customers/new`);
    const form = customerForm(page);
    await whenHydrated(form);
    await form.getByRole("button", { name: "Add customer" }).click();
    await expect(form.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(fieldError(form, "First name")).toHaveText("Enter the first name.");
    await expect(fieldError(form, "Last name")).toHaveText("Enter the last name.");
    await expect(fieldError(form, "Mobile")).toHaveText("Enter a mobile number.");
    await expect(fieldError(form, "Barangay")).toHaveText("Choose a barangay.");
    await expect(form.getByRole("combobox", { name: "Barangay" })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Mobile", { exact: true })).toHaveAccessibleDescription("Enter a mobile number.");
    await shotBothWidths(page, "subscribers-customer-form-errors");

    // A mobile that is not a PH number: only Mobile complains, and nothing typed is lost.
    await fillCustomer(form, { ...JUAN, mobile: "0817 123" });
    await form.getByRole("button", { name: "Add customer" }).click();
    await expect(fieldError(form, "Mobile")).toHaveText(MOBILE_HINT);
    // The form's summary and the one field: no other field is marked.
    await expect(form.getByRole("group").getByRole("alert")).toHaveCount(1);
    await expect(form.getByLabel("Mobile", { exact: true })).toHaveValue("0817 123");
    await expect(form.getByLabel("First name", { exact: true })).toHaveValue(JUAN.firstName);
    await expect(form.getByLabel("Last name", { exact: true })).toHaveValue(JUAN.lastName);
    await expect(form.getByLabel("Address", { exact: true })).toHaveValue(JUAN.address);
    await expect(form.getByRole("combobox", { name: "Barangay" })).toHaveValue(`${JUAN.barangay}, ${JUAN.city}`);

    await form.getByLabel("Mobile", { exact: true }).fill(JUAN.mobile);
    const juan = await submitNewCustomer(page, JUAN);
    expect(juan.accountNo).toBe("ACC-000001");
    await expect(page.getByText(`Account ${juan.accountNo}`)).toBeVisible();
    await expect(page.getByRole("link", { name: JUAN.mobile })).toHaveAttribute("href", "tel:+639171234567");
    await expect(page.getByText(`${JUAN.address}, Carmen, ${CDO.city}, ${CDO.province}`)).toBeVisible();
    await expect(page.getByTestId("customer-balance")).toHaveText("₱0.00");

    // On Fiber 50, activated today.
    await subscribeAndActivate(page, FIBER_50.name);
    await expect(subscriptionCard(page, FIBER_50.name)).toContainText("₱1,299.00/month");

    // Edit the address; the page shows it and the activity records the change.
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expect(page).toHaveURL(`${origin}/customers/${juan.id}/edit`);
    const edit = customerForm(page, "Edit customer");
    await whenHydrated(edit);
    await expect(edit.getByLabel("Mobile", { exact: true })).toHaveValue(JUAN.mobile);
    await expect(edit.getByRole("combobox", { name: "Barangay" })).toHaveValue(`Carmen, ${CDO.city}`);
    await expect(edit.getByLabel("Address", { exact: true })).toHaveValue(JUAN.address);
    const newAddress = "Purok 5, Zone 2, near the chapel";
    await edit.getByLabel("Address", { exact: true }).fill(newAddress);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(`${origin}/customers/${juan.id}?saved=1`);
    await expect(page.getByRole("status").filter({ hasText: "Changes saved." })).toBeVisible();
    await expect(page.getByText(`${newAddress}, Carmen, ${CDO.city}, ${CDO.province}`)).toBeVisible();
    // The Activity card says what happened in words, not action codes.
    const activity = page.getByRole("listitem").filter({ has: page.locator("span.font-medium") });
    for (const words of ["Customer added", `Subscription added: ${FIBER_50.name}`, "Subscription activated", "Customer details changed"]) {
      await expect(activity.getByText(words, { exact: true }), words).toHaveCount(1);
    }
    await expect(page.getByText("subscription.activate")).toHaveCount(0);
    await shotBothWidths(page, "subscribers-customer-page");

    // Two more customers, in other barangays (one of another municipality, picked by its city).
    const pedro: CustomerInput = { firstName: "Pedro", lastName: "Maglaya", mobile: "+63 945 222 0404", address: "Zone 4", barangay: "Poblacion", city: "Opol" };
    await addCustomer(page, tenant.slug, RAMON);
    const saved = await addCustomer(page, tenant.slug, pedro);
    await expect(page.getByRole("link", { name: "0945 222 0404" })).toBeVisible();
    expect(saved.accountNo).toBe("ACC-000003");

    await openCustomers(page, tenant.slug);
    await expect(customerNameLinks(page)).toHaveText([listName(JUAN), listName(pedro), listName(RAMON)]);
    const juanRow = customerRows(page).filter({ hasText: listName(JUAN) });
    await expect(juanRow).toContainText(FIBER_50.name);
    await expect(juanRow).toContainText(JUAN.mobile);
    await expect(juanRow.getByText("active", { exact: true })).toBeVisible();
    await expect(countLine(page)).toHaveText("1–3 of 3 customers");
  });

  test("customers are found by search and filters, and the URL keeps the view", async ({ page }) => {
    test.setTimeout(180_000);
    const tenant = newTenant("finding", "Finding Fiber");
    await signUp(page, tenant);
    await buildRegister(page, tenant.slug);
    await openCustomers(page, tenant.slug);
    const everyone = [listName(LIZA), listName(JUAN), listName(NENITA), listName(RAMON)];
    await expect(customerNameLinks(page)).toHaveText(everyone);
    await expect(countLine(page)).toHaveText("1–4 of 4 customers");
    await shotBothWidths(page, "subscribers-list");

    // Part of a name, then part of a mobile number as people write it.
    const search = page.getByRole("searchbox", { name: "Search customers" });
    await search.fill("dela c");
    await expect(page).toHaveURL((u) => u.searchParams.get("q") === "dela c");
    await expect(customerNameLinks(page)).toHaveText([listName(JUAN)]);
    await reloadList(page);
    await expect(search).toHaveValue("dela c");
    await expect(customerNameLinks(page)).toHaveText([listName(JUAN)]);

    await search.fill("0917 123");
    await expect(page).toHaveURL((u) => u.searchParams.get("q") === "0917 123");
    await expect(customerNameLinks(page)).toHaveText([listName(JUAN)]);
    await search.fill("villa");
    await expect(customerNameLinks(page)).toHaveText([listName(RAMON)]);
    await search.fill("");
    await expect(page).toHaveURL((u) => !u.searchParams.has("q"));
    await expect(customerNameLinks(page)).toHaveText(everyone);

    // Filters: by barangay, then another; Back returns to the first, Forward to the second.
    const barangay = page.getByRole("combobox", { name: "Barangay", exact: true });
    await barangay.selectOption({ label: `Carmen (${CDO.city})` });
    await expect(page).toHaveURL((u) => u.searchParams.has("barangay"));
    const carmenId = new URL(page.url()).searchParams.get("barangay");
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA), listName(JUAN)]);
    await barangay.selectOption({ label: `Lapasan (${CDO.city})` });
    await expect(page).toHaveURL((u) => u.searchParams.get("barangay") !== carmenId && u.searchParams.has("barangay"));
    await expect(customerNameLinks(page)).toHaveText([listName(RAMON)]);

    await page.goBack();
    await expect(page).toHaveURL((u) => u.searchParams.get("barangay") === carmenId);
    await expect(barangay.locator("option:checked")).toHaveText(`Carmen (${CDO.city})`);
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA), listName(JUAN)]);
    await reloadList(page);
    await expect(barangay.locator("option:checked")).toHaveText(`Carmen (${CDO.city})`);
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA), listName(JUAN)]);
    await page.goForward();
    await expect(customerNameLinks(page)).toHaveText([listName(RAMON)]);
    await page.goBack();
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA), listName(JUAN)]);

    // Plan and status filters, and Clear.
    await page.getByRole("combobox", { name: "Plan" }).selectOption({ label: FIBER_50.name });
    await expect(customerNameLinks(page)).toHaveText([listName(JUAN)]);
    await page.getByRole("combobox", { name: "Status" }).selectOption({ label: "Suspended" });
    await expect(page.getByText("No customers match this view.")).toBeVisible();
    await page.getByRole("button", { name: "Clear" }).click();
    await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/customers`);
    await expect(customerNameLinks(page)).toHaveText(everyone);

    // Columns: hiding one is part of the URL too.
    await page.getByRole("button", { name: "Columns" }).click();
    await page.getByRole("menuitemcheckbox", { name: "Mobile" }).click();
    await page.keyboard.press("Escape");
    await expect(page).toHaveURL((u) => u.searchParams.get("hide") === "mobile");
    await expect(page.getByRole("columnheader", { name: "Mobile" })).toHaveCount(0);
    await reloadList(page);
    await expect(page.getByRole("columnheader", { name: "Mobile" })).toHaveCount(0);
    await expect(page.getByRole("columnheader", { name: "Barangay" })).toBeVisible();
  });

  test("Back after a search shows the earlier view with an empty search box", async ({ page }) => {
    test.setTimeout(120_000);
    const tenant = newTenant("searchback", "Search Back Fiber");
    await signUp(page, tenant);
    await importPsgcBarangays(page, tenant.slug, { newCount: CDO.barangayCount, already: 0 });
    await addCustomer(page, tenant.slug, JUAN);
    await addCustomer(page, tenant.slug, LIZA);
    await openCustomers(page, tenant.slug);
    const everyone = [listName(LIZA), listName(JUAN)];
    await expect(customerNameLinks(page)).toHaveText(everyone);

    // A filter (a new history entry), then a search typed into that view (replacing the entry, so Back skips keystrokes).
    await page.getByRole("combobox", { name: "Status", exact: true }).selectOption({ label: "Active" });
    await expect(page).toHaveURL((u) => u.searchParams.get("status") === "active");
    const search = page.getByRole("searchbox", { name: "Search customers" });
    await search.fill("bautista");
    await expect(page).toHaveURL((u) => u.searchParams.get("q") === "bautista");
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA)]);

    await page.goBack();
    await expect(page).toHaveURL((u) => u.pathname === "/customers" && !u.searchParams.has("status"));
    // Longer than the search box's 300 ms debounce: nothing may write the old search back into the URL.
    await page.waitForTimeout(1_000);
    expect(new URL(page.url()).searchParams.get("q"), "the URL after Back").toBeNull();
    await expect(search).toHaveValue("");
    await expect(customerNameLinks(page)).toHaveText(everyone);
  });

  test("Export CSV downloads exactly the filtered view", async ({ page }) => {
    test.setTimeout(180_000);
    const tenant = newTenant("export", "Export Fiber");
    await signUp(page, tenant);
    const { juan } = await buildRegister(page, tenant.slug);
    await openCustomers(page, tenant.slug);
    await page.getByRole("combobox", { name: "Barangay", exact: true }).selectOption({ label: `Carmen (${CDO.city})` });
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA), listName(JUAN)]);
    const shown = await shownAccountNumbers(page);
    expect(shown).toHaveLength(2);

    const link = page.getByRole("link", { name: "Export CSV" });
    await expect(link).toHaveAttribute("href", /^\/customers\/export\?barangay=[0-9a-f-]{36}$/);
    const download = await downloadOf(page, () => link.click());
    expect(download.name).toMatch(new RegExp(`^customers-${tenant.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const [header, ...rows] = download.rows;
    expect(header).toEqual(EXPORT_HEADER);
    // The same customers in the same order as the table, and nobody else.
    expect(rows.map((r) => r[0])).toEqual(shown);
    expect(rows.map((r) => r[6])).toEqual(["Carmen", "Carmen"]);
    const juanRow = rows.find((r) => r[0] === juan.accountNo)!;
    expect(juanRow).toEqual([juan.accountNo, "Dela Cruz", "Juan", JUAN.mobile, "", JUAN.address, "Carmen", CDO.city, FIBER_50.name, "0.00", "active", expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/)]);

    // A search narrows the file the same way.
    await page.getByRole("searchbox", { name: "Search customers" }).fill("bautista");
    await expect(customerNameLinks(page)).toHaveText([listName(LIZA)]);
    await expect(link).toHaveAttribute("href", /[?&]q=bautista(&|$)/);
    const narrowed = await downloadOf(page, () => link.click());
    expect(narrowed.rows.slice(1).map((r) => r[0])).toEqual(await shownAccountNumbers(page));
  });

  test("a Cashier finds customers but sees no controls to change them", async ({ page, browser }) => {
    test.setTimeout(180_000);
    const tenant = newTenant("cashreg", "Cashier Register");
    const cashier = newStaff(tenant, "Cashier");
    await tenantWithStaff(page, tenant, cashier);
    const { juan } = await buildRegister(page, tenant.slug);
    const origin = tenantOrigin(tenant.slug);

    const { context, page: cp } = await signedInAs(browser, tenant, cashier);
    await cp.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
    await expect(cp.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    await whenHydrated(cp.getByRole("searchbox", { name: "Search customers" }));
    await expect(customerRows(cp)).toHaveCount(4);
    await expect(cp.getByRole("link", { name: "New customer" })).toHaveCount(0);
    await expect(cp.getByRole("link", { name: "Import CSV" })).toHaveCount(0);
    // Looking is allowed; a copy of every subscriber is not (customers.export, not in the Cashier role).
    await expect(cp.getByRole("link", { name: "Export CSV" })).toHaveCount(0);
    await cp.getByRole("searchbox", { name: "Search customers" }).fill("dela c");
    await expect(customerNameLinks(cp)).toHaveText([listName(JUAN)]);

    // The customer page: everything to read, nothing to press.
    await customerNameLinks(cp).first().click();
    await expect(cp).toHaveURL(`${origin}/customers/${juan.id}`);
    await expect(cp.getByRole("heading", { level: 1, name: "Juan Dela Cruz" })).toBeVisible();
    const card = subscriptionCard(cp, FIBER_50.name);
    await expect(card.getByText("Active", { exact: true })).toBeVisible();
    await expect(cp.getByRole("link", { name: "Edit", exact: true })).toHaveCount(0);
    await expect(cp.getByRole("region", { name: "Subscriptions" }).getByRole("button")).toHaveCount(0);
    await expect(cp.getByRole("form", { name: "Change status" })).toHaveCount(0);
    await expect(cp.getByRole("main").getByRole("button")).toHaveCount(0);

    // Plans and barangays: a list to read.
    await cp.getByRole("navigation", { name: "Subscriber register" }).getByRole("link", { name: "Plans" }).click();
    await expect(cp.getByTestId(`plan-${FIBER_50.name}`)).toContainText("₱1,299.00");
    await expect(cp.getByRole("link", { name: "Add plan" })).toHaveCount(0);
    await expect(cp.getByTestId(`plan-${FIBER_50.name}`).getByRole("link")).toHaveCount(0);
    await cp.getByRole("navigation", { name: "Subscriber register" }).getByRole("link", { name: "Barangays" }).click();
    await expect(cp.getByTestId("barangay-Carmen")).toBeVisible();
    for (const label of ["Add barangay", "Import from PSGC", "Import CSV"]) await expect(cp.getByRole("link", { name: label })).toHaveCount(0);
    await expect(cp.getByRole("link", { name: /^Edit / })).toHaveCount(0);

    // Typed addresses of the editing pages show the no-access page, naming what is missing.
    for (const [path, missing] of [
      ["/customers/new", "Add and edit customers"],
      [`/customers/${juan.id}/edit`, "Add and edit customers"],
      ["/customers/import", "Add and edit customers"],
      ["/barangays/new", "Add and edit customers"],
      ["/barangays/import", "Add and edit customers"],
      ["/plans/new", "Manage plans and prices"],
    ] as const) {
      await cp.goto(`${origin}${path}`);
      await expect(cp, path).toHaveURL((u) => u.pathname === "/forbidden");
      await expect(cp.getByRole("heading", { level: 1, name: NO_ACCESS }), path).toBeVisible();
      await expect(cp.getByText(`Your role (Cashier) does not include ${missing}.`), path).toBeVisible();
      await expect(cp.getByRole("form"), path).toHaveCount(0);
    }
    await context.close();
  });

  test("a customer CSV with a bad row shows it in the preview and imports nothing until fixed", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const tenant = newTenant("csvimport", "Import Fiber");
    await signUp(page, tenant);
    await importPsgcBarangays(page, tenant.slug, { newCount: CDO.barangayCount, already: 0 });
    await addCustomer(page, tenant.slug, JUAN);
    await openCustomers(page, tenant.slug);
    await expect(countLine(page)).toHaveText("1–1 of 1 customer");

    const header = "first_name,last_name,mobile,barangay";
    const good = ["Ana,Reyes,0917 555 1001,Carmen", "Rosa,Mendoza,+63 926 555 1003,Kauswagan"];
    const badFile = testInfo.outputPath("customers-bad.csv");
    await writeFile(badFile, [header, good[0], "Jose,Garcia,0817 123,Lapasan", good[1]].join("\r\n") + "\r\n");

    await page.getByRole("link", { name: "Import CSV" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Import customers" })).toBeVisible();
    await whenHydrated(page.getByLabel("CSV file", { exact: true }));
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(badFile);
    // The header names are recognised: each column already says what it holds.
    const mapping = page.getByRole("form", { name: "Match columns" });
    for (const [column, field] of [
      ["first_name", "First name"],
      ["last_name", "Last name"],
      ["mobile", "Mobile"],
      ["barangay", "Barangay"],
    ] as const) {
      await expect(mapping.getByLabel(column, { exact: true }).locator("option:checked"), column).toHaveText(field);
    }
    await mapping.getByRole("button", { name: "Preview 3 rows" }).click();

    const preview = page.getByRole("form", { name: "Import customers" });
    await expect(preview.getByText("2 ready", { exact: true })).toBeVisible();
    await expect(preview.getByText("1 with errors", { exact: true })).toBeVisible();
    await expect(preview.getByRole("button", { name: "Rows with problems (1)" })).toHaveAttribute("aria-pressed", "true");
    const badRow = preview.getByTestId("import-row-3");
    await expect(badRow).toContainText("Garcia");
    await expect(badRow).toContainText("0817 123");
    await expect(badRow).toContainText(MOBILE_HINT);
    await expect(preview.getByRole("row")).toHaveCount(2); // the header and the one bad row
    await expect(preview.getByRole("button", { name: "Import 3 customers" })).toBeDisabled();
    await expect(preview.getByText("1 row has problems. The import takes every row or none", { exact: false })).toBeVisible();
    await shotBothWidths(page, "subscribers-import-preview-errors");
    // On a phone the same row is a card, its error under the cell.
    await page.setViewportSize(PHONE);
    const cardRow = preview.getByRole("listitem").filter({ hasText: "Row 3" });
    await expect(cardRow).toContainText(MOBILE_HINT);
    await page.setViewportSize(DESKTOP);

    // Nothing was saved: the list, opened alongside, still has one customer.
    const other = await page.context().newPage();
    await openCustomers(other, tenant.slug);
    await expect(countLine(other)).toHaveText("1–1 of 1 customer");
    await expect(customerNameLinks(other)).toHaveText([listName(JUAN)]);

    // The fixed file imports all three at once.
    const fixedFile = testInfo.outputPath("customers-fixed.csv");
    await writeFile(fixedFile, [header, good[0], "Jose,Garcia,0917 555 1002,Lapasan", good[1]].join("\r\n") + "\r\n");
    await preview.getByRole("button", { name: "Choose another file" }).click();
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(fixedFile);
    await page.getByRole("form", { name: "Match columns" }).getByRole("button", { name: "Preview 3 rows" }).click();
    await expect(preview.getByText("3 ready", { exact: true })).toBeVisible();
    await expect(preview.getByText(/with errors/)).toHaveCount(0);
    await preview.getByRole("button", { name: "Import 3 customers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 3 customers" })).toContainText("Account numbers ACC-000002 to ACC-000004.");
    await page.getByRole("link", { name: "See customers" }).click();
    await expect(countLine(page)).toHaveText("1–4 of 4 customers");
    await expect(customerNameLinks(page)).toHaveText(["Dela Cruz, Juan", "Garcia, Jose", "Mendoza, Rosa", "Reyes, Ana"]);
    await expect(customerRows(page).filter({ hasText: "Garcia, Jose" })).toContainText("Lapasan");
    await other.close();
  });
});

test.describe("large customer import", () => {
  test("a file of thousands of rows is imported in the background with its progress shown", async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    const problems = await watchBrowserErrors(page.context());
    const tenant = newTenant("bigimport", "Big Import Fiber");
    await signUp(page, tenant);
    await importPsgcBarangays(page, tenant.slug, { newCount: CDO.barangayCount, already: 0 });
    const rows = 3_000;
    const lines = Array.from({ length: rows }, (_, i) => `Ana ${i + 1},Santos,0917 ${String(5_000_000 + i).slice(0, 3)} ${String(5_000_000 + i).slice(3)},${["Carmen", "Lapasan", "Kauswagan"][i % 3]}`);
    const file = testInfo.outputPath("customers-large.csv");
    await writeFile(file, ["first_name,last_name,mobile,barangay", ...lines].join("\r\n") + "\r\n");
    await page.goto(`${tenantOrigin(tenant.slug)}/customers/import`);
    await whenHydrated(page.getByLabel("CSV file", { exact: true }));
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(file);
    await page.getByRole("form", { name: "Match columns" }).getByRole("button", { name: "Preview 3,000 rows" }).click();
    await page.getByRole("form", { name: "Import customers" }).getByRole("button", { name: "Import 3,000 customers" }).click();
    // The request answers at once; the page follows the import until it is done.
    const progress = page.getByRole("progressbar", { name: "Import progress" });
    const done = page.getByRole("status").filter({ hasText: "Imported 3,000 customers" });
    await expect(progress.or(done).first()).toBeVisible();
    if (await progress.isVisible()) {
      await expect(page.getByRole("status").filter({ has: progress })).toContainText(/Waiting to start…|Importing customers: [\d,]+ of 3,000/);
      await shotBothWidths(page, "subscribers-import-progress");
    }
    await expect(done).toBeVisible({ timeout: 120_000 });
    await expect(done).toContainText("Account numbers ACC-000001 to ACC-003000.");
    await shotBothWidths(page, "subscribers-import-large-done");
    await page.getByRole("link", { name: "See customers" }).click();
    await expect(page.getByText(/^1–\d+ of 3,000 customers$/)).toBeVisible();
    expect(problems).toEqual([]);
  });
});

test.describe("subscriber register paging", () => {
  test("Next and Previous page by the customers shown, and Back and reload keep the page", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const tenant = newTenant("paging", "Paging Fiber");
    await signUp(page, tenant);
    await importPsgcBarangays(page, tenant.slug, { newCount: CDO.barangayCount, already: 0 });

    // Thirty customers in one import: Santos, Ana 01 ... Santos, Ana 30 in name order.
    const names = Array.from({ length: 30 }, (_, i) => `Ana ${String(i + 1).padStart(2, "0")}`);
    const file = testInfo.outputPath("customers-paging.csv");
    const lines = names.map((n, i) => `${n},Santos,0917 555 ${String(3000 + i)},Carmen`);
    await writeFile(file, ["first_name,last_name,mobile,barangay", ...lines].join("\r\n") + "\r\n");
    await page.goto(`${tenantOrigin(tenant.slug)}/customers/import`);
    await whenHydrated(page.getByLabel("CSV file", { exact: true }));
    await page.getByLabel("CSV file", { exact: true }).setInputFiles(file);
    await page.getByRole("form", { name: "Match columns" }).getByRole("button", { name: "Preview 30 rows" }).click();
    await page.getByRole("form", { name: "Import customers" }).getByRole("button", { name: "Import 30 customers" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Imported 30 customers" })).toBeVisible();

    await openCustomers(page, tenant.slug);
    const listed = (from: number, to: number) => names.slice(from - 1, to).map((n) => `Santos, ${n}`);
    await page.getByRole("combobox", { name: "Rows per page" }).selectOption("25");
    await expect(countLine(page)).toHaveText("1–25 of 30 customers");
    await expect(customerNameLinks(page)).toHaveText(listed(1, 25));

    // Next seeks past the last customer shown: the link names it.
    await page.getByRole("button", { name: "Next page" }).click();
    await expect(page).toHaveURL((u) => u.searchParams.get("page") === "2" && /^[0-9a-f-]{36}$/.test(u.searchParams.get("after") ?? ""));
    await expect(customerNameLinks(page)).toHaveText(listed(26, 30));
    await expect(countLine(page)).toHaveText("26–30 of 30 customers");
    await expect(page.getByText("Page 2 of 2", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Next page" })).toBeDisabled();
    await expect(page.getByRole("button", { name: "Last page" })).toBeDisabled();
    const secondPage = page.url();

    // Previous seeks back from the first customer shown.
    await page.getByRole("button", { name: "Previous page" }).click();
    await expect(page).toHaveURL((u) => !u.searchParams.has("page") && /^[0-9a-f-]{36}$/.test(u.searchParams.get("before") ?? ""));
    await expect(customerNameLinks(page)).toHaveText(listed(1, 25));
    await expect(page.getByRole("button", { name: "Previous page" })).toBeDisabled();

    // Back returns to page 2; a reload of that URL shows the same customers.
    await page.goBack();
    await expect(page).toHaveURL(secondPage);
    await expect(customerNameLinks(page)).toHaveText(listed(26, 30));
    await reloadList(page);
    await expect(customerNameLinks(page)).toHaveText(listed(26, 30));
    await expect(countLine(page)).toHaveText("26–30 of 30 customers");

    // Last page goes by number; a filter starts again at page 1 without a cursor.
    await page.getByRole("button", { name: "First page" }).click();
    await expect(customerNameLinks(page)).toHaveText(listed(1, 25));
    await page.getByRole("button", { name: "Last page" }).click();
    await expect(page).toHaveURL((u) => u.searchParams.get("page") === "2" && !u.searchParams.has("after"));
    await expect(customerNameLinks(page)).toHaveText(listed(26, 30));
    await page.getByRole("combobox", { name: "Barangay", exact: true }).selectOption({ label: `Carmen (${CDO.city})` });
    await expect(page).toHaveURL((u) => u.searchParams.has("barangay") && !u.searchParams.has("page") && !u.searchParams.has("after"));
    await expect(countLine(page)).toHaveText("1–25 of 30 customers");
    await shotBothWidths(page, "subscribers-list-paging");
  });
});

/** Clicks what starts a download and reads the file it saves. */
async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await download.path();
  return { name: download.suggestedFilename(), rows: readCsv(await readFile(path, "utf8")) };
}
