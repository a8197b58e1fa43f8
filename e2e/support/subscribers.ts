import { expect, type Locator, type Page } from "@playwright/test";
import { tenantOrigin } from "./constants";
import { whenHydrated } from "./hydration";
import { fieldOf } from "./staff";

/** The independent city the demo ISP serves; PSGC places it under Misamis Oriental for the picker. */
export const CDO = { province: "Misamis Oriental", city: "Cagayan de Oro City", barangayCount: 80 } as const;

export type PlanInput = { name: string; download: string; upload: string; monthlyFee: string; installationFee: string; description: string };

export const FIBER_50: PlanInput = {
  name: "Fiber 50",
  download: "50",
  upload: "50",
  monthlyFee: "1,299",
  installationFee: "1,500",
  description: "Unli data, free router",
};

export type CustomerInput = { firstName: string; lastName: string; mobile: string; address: string; barangay: string; city: string };
export type SavedCustomer = CustomerInput & { id: string; accountNo: string };

// Names and numbers chosen so each search in the specs matches exactly one of them.
export const JUAN: CustomerInput = { firstName: "Juan", lastName: "Dela Cruz", mobile: "0917 123 4567", address: "Purok 3, Zone 1", barangay: "Carmen", city: CDO.city };
export const LIZA: CustomerInput = { firstName: "Liza", lastName: "Bautista", mobile: "0998 555 0101", address: "Purok 7", barangay: "Carmen", city: CDO.city };
export const RAMON: CustomerInput = { firstName: "Ramon", lastName: "Villanueva", mobile: "0926 444 0202", address: "Corrales Extension", barangay: "Lapasan", city: CDO.city };
export const NENITA: CustomerInput = { firstName: "Nenita", lastName: "Reyes", mobile: "0935 777 0303", address: "Zone 2", barangay: "Kauswagan", city: CDO.city };

export function customerForm(page: Page, mode: "New customer" | "Edit customer" = "New customer"): Locator {
  return page.getByRole("form", { name: mode });
}

/** The error shown under the control labelled `label` inside `form`. */
export function fieldError(form: Locator, label: string): Locator {
  return fieldOf(form, label).getByRole("alert");
}

/** Types into the barangay combobox and picks the option of that barangay in that city. */
export async function pickBarangay(form: Locator, barangay: string, city: string): Promise<void> {
  const box = form.getByRole("combobox", { name: "Barangay" });
  await box.fill(barangay);
  await form.page().getByRole("option", { name: `${barangay} · ${city}`, exact: true }).click();
  await expect(box).toHaveValue(`${barangay}, ${city}`);
}

/** Fills the customer form (new or edit) without submitting it. */
export async function fillCustomer(form: Locator, c: CustomerInput): Promise<void> {
  await whenHydrated(form);
  await form.getByLabel("First name", { exact: true }).fill(c.firstName);
  await form.getByLabel("Last name", { exact: true }).fill(c.lastName);
  await form.getByLabel("Mobile", { exact: true }).fill(c.mobile);
  await form.getByLabel("Address", { exact: true }).fill(c.address);
  await pickBarangay(form, c.barangay, c.city);
}

/** Submits the filled new-customer form and waits for the customer page; returns the id and account number it was given. */
export async function submitNewCustomer(page: Page, c: CustomerInput): Promise<SavedCustomer> {
  await customerForm(page).getByRole("button", { name: "Add customer" }).click();
  await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}\?created=1$/);
  await expect(page.getByRole("heading", { level: 1, name: `${c.firstName} ${c.lastName}` })).toBeVisible();
  const status = page.getByRole("status").filter({ hasText: "Customer added with account number" });
  const accountNo = /account number (\S+)\.$/.exec((await status.innerText()).trim())?.[1];
  expect(accountNo, "the confirmation names the account number").toMatch(/^ACC-\d{6}$/);
  const id = /\/customers\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  return { ...c, id, accountNo: accountNo! };
}

/** Customers > New customer, filled and saved. */
export async function addCustomer(page: Page, slug: string, c: CustomerInput): Promise<SavedCustomer> {
  await page.goto(`${tenantOrigin(slug)}/customers/new`);
  await fillCustomer(customerForm(page), c);
  return submitNewCustomer(page, c);
}

/** Barangays > Import from PSGC: picks Misamis Oriental, then Cagayan de Oro City, and checks the preview's counts. */
export async function previewPsgcImport(page: Page, slug: string, expected: { newCount: number; already: number }): Promise<void> {
  await page.goto(`${tenantOrigin(slug)}/barangays/import`);
  const picker = page.getByRole("form", { name: "Choose a place" });
  // Each choice submits the GET form at once; the page comes back with the next list filled.
  const province = picker.getByLabel("Province", { exact: true });
  await whenHydrated(province);
  await province.selectOption({ label: CDO.province });
  await expect(page).toHaveURL((u) => u.searchParams.has("province"));
  const city = picker.getByLabel("City / municipality", { exact: true });
  await expect(city).toBeEnabled();
  await whenHydrated(city);
  await city.selectOption({ label: CDO.city });
  await expect(page.getByRole("heading", { level: 2, name: `${CDO.city}, ${CDO.province}` })).toBeVisible();
  await expect(page.getByText(`${CDO.barangayCount} barangays in PSGC · ${expected.newCount} new · ${expected.already} already in your list`)).toBeVisible();
}

/** Imports what the open PSGC preview marks new and waits for the confirmation. */
export async function confirmPsgcImport(page: Page, expected: { newCount: number; already: number }): Promise<void> {
  const importForm = page.getByRole("form", { name: "Import from PSGC" });
  await whenHydrated(importForm);
  await importForm.getByRole("button", { name: `Import ${expected.newCount} barangays` }).click();
  const already = expected.already ? ` ${expected.already} ${expected.already === 1 ? "was" : "were"} already in your list.` : "";
  await expect(importForm.getByRole("status")).toHaveText(`Added ${expected.newCount} barangays of ${CDO.city}.${already}`);
}

export async function importPsgcBarangays(page: Page, slug: string, expected: { newCount: number; already: number }): Promise<void> {
  await previewPsgcImport(page, slug, expected);
  await confirmPsgcImport(page, expected);
}

/** Plans > Add plan, filled and saved; lands on the plan list. */
export async function addPlan(page: Page, slug: string, plan: PlanInput): Promise<void> {
  await page.goto(`${tenantOrigin(slug)}/plans/new`);
  await fillPlan(planForm(page), plan);
  await planForm(page).getByRole("button", { name: "Add plan" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved plan ${plan.name}.`);
}

export function planForm(page: Page): Locator {
  return page.getByRole("form", { name: "New plan" });
}

export async function fillPlan(form: Locator, plan: PlanInput): Promise<void> {
  await whenHydrated(form);
  await form.getByLabel("Plan name", { exact: true }).fill(plan.name);
  await form.getByLabel("Download (Mbps)", { exact: true }).fill(plan.download);
  await form.getByLabel("Upload (Mbps)", { exact: true }).fill(plan.upload);
  await form.getByLabel("Monthly fee (₱)", { exact: true }).fill(plan.monthlyFee);
  await form.getByLabel("Installation fee (₱)", { exact: true }).fill(plan.installationFee);
  await form.getByLabel("Description", { exact: true }).fill(plan.description);
}

/** The customer page's card of one subscription, named by its plan. */
export function subscriptionCard(page: Page, planName: string): Locator {
  return page.getByRole("region", { name: "Subscriptions" }).getByRole("article", { name: planName });
}

/** On the customer page: opens Add subscription and picks `planName`; the rest of the form is the caller's. */
export async function openAddSubscription(page: Page, planName: string): Promise<{ panel: Locator; form: Locator }> {
  const panel = page.getByRole("region", { name: "Subscriptions" });
  const open = panel.getByRole("button", { name: "Add subscription" });
  await whenHydrated(open);
  await open.click();
  const form = panel.getByRole("form", { name: "Add subscription" });
  const plan = form.getByLabel("Plan", { exact: true });
  const value = await plan.locator("option", { hasText: `${planName} ·` }).getAttribute("value");
  await plan.selectOption(value!);
  return { panel, form };
}

/** On the customer page: adds a subscription to `planName` starting today, then activates it today. */
export async function subscribeAndActivate(page: Page, planName: string): Promise<void> {
  const { panel, form } = await openAddSubscription(page, planName);
  await form.getByRole("button", { name: "Add subscription" }).click();
  await expect(panel.getByRole("status")).toHaveText("Subscription added. Activate it once the line is installed.");
  const card = subscriptionCard(page, planName);
  await expect(card.getByText("Pending", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "Activate" }).click();
  await card.getByRole("form", { name: "Activate" }).getByRole("button", { name: "Activate subscription" }).click();
  await expect(card.getByRole("status")).toHaveText(/^Activated on /);
  await expect(card.getByText("Active", { exact: true })).toBeVisible();
}

/** Rows of the customer table (the empty-state row aside). */
export function customerRows(page: Page): Locator {
  return page.getByRole("table").locator("tbody tr").filter({ has: page.getByRole("link") });
}

/** The customer table's name links, as shown: "Dela Cruz, Juan". */
export function customerNameLinks(page: Page): Locator {
  // The names link to the customer; the mobiles are tap-to-call links of their own.
  return customerRows(page).locator('a[href^="/customers/"]');
}

export const listName = (c: CustomerInput) => `${c.lastName}, ${c.firstName}`;

/** The Account no. column of the rows shown, top to bottom. */
export async function shownAccountNumbers(page: Page): Promise<string[]> {
  return (await customerRows(page).locator("td:first-child").allInnerTexts()).map((t) => t.trim());
}

/** How far the page scrolls sideways; > 0 means something sticks out on this width. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/**
 * A fresh tenant's register, built through the UI as the owner: CDO's
 * barangays from PSGC, Fiber 50, four customers (two in Carmen) and Juan on
 * Fiber 50, active. The owner stays signed in.
 */
export async function buildRegister(page: Page, slug: string): Promise<Record<"juan" | "liza" | "ramon" | "nenita", SavedCustomer>> {
  await importPsgcBarangays(page, slug, { newCount: CDO.barangayCount, already: 0 });
  await addPlan(page, slug, FIBER_50);
  const juan = await addCustomer(page, slug, JUAN);
  await subscribeAndActivate(page, FIBER_50.name);
  const liza = await addCustomer(page, slug, LIZA);
  const ramon = await addCustomer(page, slug, RAMON);
  const nenita = await addCustomer(page, slug, NENITA);
  return { juan, liza, ramon, nenita };
}
