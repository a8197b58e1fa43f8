import { expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";
import { tenantOrigin } from "./constants";
import { LANDS, logIn, signUp, type NewTenant } from "./fixtures";

export type StaffMember = { name: string; email: string; password: string; role: string };

/** A staff member of `tenant` with a unique email in the tenant's own test domain. */
export function newStaff(tenant: NewTenant, role: string, name = "Maria Santos"): StaffMember {
  const local = name.toLowerCase().replace(/[^a-z]+/g, ".");
  return { name, email: `${local}@${tenant.slug}.fiberbill.test`, password: "Counter-2026-pass", role };
}

/** The field (label, input, error) that holds the control labelled `label`. */
export function fieldOf(form: Locator, label: string): Locator {
  // `has` is matched inside each group, so the inner locator starts from the page.
  return form.getByRole("group").filter({ has: form.page().getByLabel(label, { exact: true }) });
}

/** The link texts of the main navigation that is visible now (sidebar, or the drawer on a phone). */
export async function mainNavLabels(scope: Page | Locator): Promise<string[]> {
  const texts = await scope.getByRole("navigation", { name: "Main" }).getByRole("link").allInnerTexts();
  return texts.map((t) => t.trim());
}

export function addStaffForm(page: Page): Locator {
  return page.getByRole("form", { name: "Add staff" });
}

/** The staff table's row of one member, by email. */
export function staffRow(page: Page, email: string): Locator {
  return page.getByTestId(`staff-${email}`);
}

/** Fills the "Add a staff member" form on the current Settings > Staff page and waits for the confirmation. */
export async function addStaff(page: Page, member: StaffMember): Promise<void> {
  const form = addStaffForm(page);
  await form.getByLabel("Full name", { exact: true }).fill(member.name);
  await form.getByLabel("Email", { exact: true }).fill(member.email);
  await form.getByLabel("Role", { exact: true }).selectOption({ label: member.role });
  await form.getByLabel("Initial password", { exact: true }).fill(member.password);
  await form.getByRole("button", { name: "Add staff member" }).click();
  await expect(form.getByRole("status")).toHaveText(`${member.name} can now sign in with ${member.email}.`);
  await expect(staffRow(page, member.email)).toBeVisible();
}

export function newRoleForm(page: Page): Locator {
  return page.getByRole("form", { name: "New role" });
}

/** Fills Settings > Roles > New role (the page must be open); does not submit. */
export async function fillNewRole(page: Page, role: { name: string; description: string; permissions: string[] }): Promise<void> {
  const form = newRoleForm(page);
  await form.getByLabel("Role name", { exact: true }).fill(role.name);
  await form.getByLabel("Description", { exact: true }).fill(role.description);
  for (const label of role.permissions) await form.getByRole("checkbox", { name: label, exact: true }).check();
}

/** Deactivates a member from Settings > Staff (the page must be open), accepting the confirmation. */
export async function deactivateStaff(page: Page, member: StaffMember): Promise<void> {
  const row = staffRow(page, member.email);
  page.once("dialog", (dialog) => {
    expect(dialog.type()).toBe("confirm");
    expect(dialog.message()).toBe(`Deactivate ${member.name}? They are signed out at their next click.`);
    void dialog.accept();
  });
  await row.getByRole("button", { name: "Deactivate" }).click();
  await expect(row.getByRole("status")).toHaveText("Deactivated: their session ends at their next click.");
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();
}

/** Signs up `tenant` in `page` and adds `member` through Settings > Staff; the owner stays signed in. */
export async function tenantWithStaff(page: Page, tenant: NewTenant, member: StaffMember): Promise<void> {
  await signUp(page, tenant);
  await page.goto(`${tenantOrigin(tenant.slug)}/settings/staff`);
  await addStaff(page, member);
}

/** A second, independent browser (own cookies) in which `member` is signed in on the dashboard. */
export async function signedInAs(browser: Browser, tenant: NewTenant, member: StaffMember): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, tenant.slug, member.email, member.password, (LANDS as Record<string, string>)[member.role] ?? "/");
  // The specs that use this start from the dashboard, which every role keeps in its menu.
  if (page.url() !== `${tenantOrigin(tenant.slug)}/`) {
    await page.goto(`${tenantOrigin(tenant.slug)}/dashboard`);
    await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
  }
  return { context, page };
}
