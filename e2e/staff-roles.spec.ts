import { expect, test, type Page } from "@playwright/test";
import { tenantOrigin } from "./support/constants";
import { newTenant, shot, signUp, submitLogin, type NewTenant } from "./support/fixtures";
import { actionResultOf, bodyWith, captureServerAction, replayServerAction } from "./support/server-actions";
import {
  addStaff,
  addStaffForm,
  deactivateStaff,
  fieldOf,
  fillNewRole,
  mainNavLabels,
  newRoleForm,
  newStaff,
  signedInAs,
  staffRow,
  tenantWithStaff,
} from "./support/staff";

const BAD_CREDENTIALS = "That email and password do not match an active account in this workspace.";
const NO_ACCESS = "You do not have access to this page";
// What the Cashier starter role holds: customers.view, billing.view, payments.view, payments.create.
const CASHIER_NAV = ["Dashboard", "Customers", "Billing", "Payments"];
const COLLECTOR = {
  name: "Collector",
  description: "Goes house to house for payments",
  permissions: ["View customers", "View payments", "Post payments"],
};

/** The header cells of the roles matrix, one per role. */
function roleColumns(page: Page) {
  return page.getByRole("table").getByRole("columnheader");
}

/** Sidebar > Settings, then the section's card (cards are links named by their title and text). */
async function openSettingsSection(page: Page, title: "Staff" | "Roles" | "Audit log"): Promise<void> {
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: new RegExp(`^${title} `) }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
}

async function openRolesMatrix(page: Page, tenant: NewTenant): Promise<void> {
  await page.goto(`${tenantOrigin(tenant.slug)}/settings/roles`);
  await expect(page.getByRole("heading", { level: 1, name: "Roles" })).toBeVisible();
}

/** Opens New role, fills it and creates it; lands on the matrix. */
async function createRole(page: Page, tenant: NewTenant, role: typeof COLLECTOR): Promise<void> {
  await page.goto(`${tenantOrigin(tenant.slug)}/settings/roles/new`);
  await fillNewRole(page, role);
  await newRoleForm(page).getByRole("button", { name: "Create role" }).click();
  await expect(page.getByRole("status")).toHaveText(`Saved role ${role.name}.`);
}

test.describe("staff, roles and permissions", () => {
  test("the owner adds a Cashier and creates a custom role", async ({ page }) => {
    const tenant = newTenant("staff", "Staff Fiber");
    const cashier = newStaff(tenant, "Cashier");
    await signUp(page, tenant);

    // Settings > Staff, through the navigation.
    await openSettingsSection(page, "Staff");
    await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/settings/staff`);
    await expect(staffRow(page, tenant.email)).toContainText("Owner");

    // An empty form: each field says what is wrong, right under it.
    const form = addStaffForm(page);
    await form.getByRole("button", { name: "Add staff member" }).click();
    await expect(form.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(fieldOf(form, "Full name").getByRole("alert")).toHaveText("Enter a name of at least 2 characters.");
    await expect(fieldOf(form, "Email").getByRole("alert")).toHaveText("Enter an email address.");
    await expect(fieldOf(form, "Role").getByRole("alert")).toHaveText("Choose a role.");
    await expect(fieldOf(form, "Initial password").getByRole("alert")).toHaveText("Use at least 10 characters.");
    await expect(form.getByLabel("Full name", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Email", { exact: true })).toHaveAccessibleDescription("Enter an email address.");
    await expect(form.getByLabel("Role", { exact: true })).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByTestId(/^staff-/)).toHaveCount(1);

    await addStaff(page, cashier);
    const row = staffRow(page, cashier.email);
    await expect(row).toContainText(cashier.name);
    await expect(row.getByRole("combobox", { name: `Role of ${cashier.name}` }).locator("option:checked")).toHaveText("Cashier");
    await expect(row.getByText("Active", { exact: true })).toBeVisible();
    await expect(row).toContainText("Never");
    // The form is cleared for the next person.
    await expect(form.getByLabel("Full name", { exact: true })).toHaveValue("");
    await shot(page, "staff-roles-staff-added");

    // Settings > Roles > New role.
    await openSettingsSection(page, "Roles");
    await page.getByRole("link", { name: "New role" }).click();
    await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/settings/roles/new`);
    // A role needs a name; the ticks survive the error.
    await newRoleForm(page).getByRole("checkbox", { name: "View customers", exact: true }).check();
    await newRoleForm(page).getByRole("button", { name: "Create role" }).click();
    await expect(fieldOf(newRoleForm(page), "Role name").getByRole("alert")).toHaveText("Enter a role name of at least 2 characters.");
    await expect(newRoleForm(page).getByRole("checkbox", { name: "View customers", exact: true })).toBeChecked();

    await fillNewRole(page, COLLECTOR);
    await newRoleForm(page).getByRole("button", { name: "Create role" }).click();
    await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/settings/roles?saved=${COLLECTOR.name}`);
    await expect(page.getByRole("status")).toHaveText(`Saved role ${COLLECTOR.name}.`);

    const column = roleColumns(page).filter({ hasText: COLLECTOR.name });
    await expect(column).toHaveCount(1);
    await expect(column).toContainText("0 staff");
    await expect(roleColumns(page).filter({ hasText: "Cashier" })).toContainText("1 staff");
    for (const permission of COLLECTOR.permissions) {
      await expect(page.getByRole("img", { name: `${COLLECTOR.name}: ${permission}` })).toHaveCount(1);
    }
    await expect(page.getByRole("img", { name: new RegExp(`^${COLLECTOR.name}: `) })).toHaveCount(COLLECTOR.permissions.length);
    await shot(page, "staff-roles-matrix");
  });

  test("a Cashier sees only what the role allows", async ({ page, browser }) => {
    const tenant = newTenant("cashier", "Cashier Fiber");
    const cashier = newStaff(tenant, "Cashier");
    await tenantWithStaff(page, tenant, cashier);

    const { context, page: cashierPage } = await signedInAs(browser, tenant, cashier);
    await expect(cashierPage.getByText(`${tenant.company} · ${tenant.slug}`)).toBeVisible();
    expect(await mainNavLabels(cashierPage)).toEqual(CASHIER_NAV);
    // The dashboard's staff tiles link to pages the Cashier may not open: they must not be links.
    await expect(cashierPage.getByTestId("stat-your-permissions")).toHaveText("4");
    await expect(cashierPage.getByRole("link", { name: /Active staff/ })).toHaveCount(0);
    await shot(cashierPage, "staff-roles-cashier-dashboard-desktop");
    await cashierPage.getByRole("button", { name: `Account menu for ${cashier.name}` }).click();
    await expect(cashierPage.getByRole("menu")).toContainText("Cashier");
    await cashierPage.keyboard.press("Escape");

    // Every allowed area opens.
    for (const [label, heading] of [["Customers", "Customers"], ["Billing", "Invoices"], ["Payments", "Payments"]] as const) {
      await cashierPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: label }).click();
      await expect(cashierPage.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      await expect(cashierPage.getByRole("heading", { name: NO_ACCESS })).toHaveCount(0);
    }

    // Typed addresses of areas outside the role show the "no access" page, naming what is missing.
    const refused = [
      ["/settings/staff", "Manage staff and roles"],
      ["/settings/roles", "Manage staff and roles"],
      ["/settings/roles/new", "Manage staff and roles"],
      ["/settings/audit", "View audit log"],
      ["/settings", "Change settings"],
      ["/network", "View network"],
      ["/tickets", "View tickets"],
      ["/reports", "View reports"],
    ] as const;
    for (const [path, missing] of refused) {
      await cashierPage.goto(`${tenantOrigin(tenant.slug)}${path}`);
      await expect(cashierPage, path).toHaveURL((url) => url.pathname === "/forbidden");
      await expect(cashierPage.getByRole("heading", { level: 1, name: NO_ACCESS }), path).toBeVisible();
      await expect(cashierPage.getByText(`Your role (Cashier) does not include ${missing}.`), path).toBeVisible();
      await expect(cashierPage.getByRole("form", { name: "Add staff" })).toHaveCount(0);
      await expect(cashierPage.getByRole("heading", { name: "Staff", exact: true })).toHaveCount(0);
      if (path === "/settings/staff") await shot(cashierPage, "staff-roles-forbidden");
    }
    expect(await mainNavLabels(cashierPage)).toEqual(CASHIER_NAV);
    await cashierPage.getByRole("link", { name: "Back to the dashboard" }).click();
    await expect(cashierPage.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();

    // On a phone the same four areas are in the drawer.
    await cashierPage.setViewportSize({ width: 390, height: 844 });
    await cashierPage.reload();
    await expect(cashierPage.getByRole("navigation", { name: "Main" })).toBeHidden();
    await cashierPage.getByRole("button", { name: "Open menu" }).click();
    const drawer = cashierPage.getByRole("dialog", { name: tenant.company });
    await expect(drawer).toBeVisible();
    expect(await mainNavLabels(drawer)).toEqual(CASHIER_NAV);
    const overflow = await cashierPage.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(cashierPage, "staff-roles-cashier-dashboard-phone-menu");
    await context.close();
  });

  test("a forbidden server action is refused even when called directly", async ({ page, browser }) => {
    const tenant = newTenant("replay", "Replay Fiber");
    const cashier = newStaff(tenant, "Cashier");
    await tenantWithStaff(page, tenant, cashier);
    const { context: cashierContext, page: cashierPage } = await signedInAs(browser, tenant, cashier);

    // The owner's real "New role" submission, byte for byte.
    await page.goto(`${tenantOrigin(tenant.slug)}/settings/roles/new`);
    await fillNewRole(page, COLLECTOR);
    const action = await captureServerAction(page, () => newRoleForm(page).getByRole("button", { name: "Create role" }).click());
    await expect(page.getByRole("status")).toHaveText(`Saved role ${COLLECTOR.name}.`);
    expect(new URL(action.url).pathname).toBe("/settings/roles/new");

    // The Cashier sends it again with its own session and another role name.
    const escalation = "Cashier Escalation";
    const asCashier = await replayServerAction(cashierPage, action, bodyWith(action, COLLECTOR.name, escalation));
    expect(asCashier.status).toBe(200);
    expect(actionResultOf(asCashier)).toEqual({ ok: false, error: "You do not have permission to do that.", fieldErrors: {} });
    expect(asCashier.text).not.toContain(escalation);
    expect(asCashier.text).not.toContain("redirectTo");

    // With no session at all (a fresh browser on the sign-in page).
    const anonymousContext = await browser.newContext();
    const anonymousPage = await anonymousContext.newPage();
    await anonymousPage.goto(`${tenantOrigin(tenant.slug)}/login`);
    const anonymousName = "Anonymous Admin";
    const anonymous = await replayServerAction(anonymousPage, action, bodyWith(action, COLLECTOR.name, anonymousName));
    expect(actionResultOf(anonymous)).toEqual({ ok: false, error: "Your session has ended. Please sign in again.", fieldErrors: {} });
    expect(anonymous.text).not.toContain(anonymousName);
    expect(anonymous.text).not.toContain("redirectTo");

    // The same bytes with the owner's session do create a role: the refusals above are the permission check, not a broken replay.
    const ownerName = "Replayed By Owner";
    const asOwner = await replayServerAction(page, action, bodyWith(action, COLLECTOR.name, ownerName));
    expect(actionResultOf(asOwner)).toEqual({ ok: true, data: { redirectTo: `/settings/roles?saved=${encodeURIComponent(ownerName)}` } });

    // The cashier's page still works and shows no trace of the attempt.
    await cashierPage.reload();
    expect(await mainNavLabels(cashierPage)).toEqual(CASHIER_NAV);

    await openRolesMatrix(page, tenant);
    await expect(roleColumns(page).filter({ hasText: COLLECTOR.name })).toHaveCount(1);
    await expect(roleColumns(page).filter({ hasText: ownerName })).toHaveCount(1);
    await expect(roleColumns(page).filter({ hasText: escalation })).toHaveCount(0);
    await expect(roleColumns(page).filter({ hasText: anonymousName })).toHaveCount(0);
    await expect(page.getByText(escalation)).toHaveCount(0);
    await expect(page.getByText(anonymousName)).toHaveCount(0);

    // Nor did the refused calls leave anything in the audit log.
    await page.goto(`${tenantOrigin(tenant.slug)}/settings/audit?action=role.create`);
    await expect(page.getByTestId("audit-entry")).toHaveCount(2);
    await expect(page.getByRole("main")).not.toContainText(escalation);
    await expect(page.getByRole("main")).not.toContainText(anonymousName);
    await anonymousContext.close();
    await cashierContext.close();
  });

  test("deactivating the Cashier signs it out at its next click", async ({ page, browser }) => {
    const tenant = newTenant("deact", "Deactivate Fiber");
    const cashier = newStaff(tenant, "Cashier");
    await tenantWithStaff(page, tenant, cashier);
    const { context, page: cashierPage } = await signedInAs(browser, tenant, cashier);
    await cashierPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
    await expect(cashierPage.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();

    await deactivateStaff(page, cashier);
    await page.reload();
    await expect(staffRow(page, cashier.email).getByText("Deactivated", { exact: true })).toBeVisible();
    await expect(staffRow(page, cashier.email).getByRole("button", { name: "Reactivate" })).toBeVisible();

    // The cashier's next click (a client-side navigation) ends on the sign-in page with the reason.
    await cashierPage.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
    await expect(cashierPage).toHaveURL(`${tenantOrigin(tenant.slug)}/login?reason=deactivated`);
    await expect(cashierPage.getByText("Your account has been deactivated. Ask your administrator if this is a mistake.")).toBeVisible();
    await expect(cashierPage.getByRole("heading", { name: "Payments" })).toHaveCount(0);
    await shot(cashierPage, "staff-roles-deactivated-login");

    // Its session cookie (a page cannot clear it) signs in no one: deactivation ended the session.
    await cashierPage.goto(`${tenantOrigin(tenant.slug)}/`);
    await expect(cashierPage).toHaveURL(`${tenantOrigin(tenant.slug)}/login?reason=deactivated`);

    // Signing in again is refused with the same message as a wrong password.
    const answered = cashierPage.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
    await submitLogin(cashierPage, tenant.slug, cashier.email, cashier.password);
    await answered;
    await expect(cashierPage.getByRole("form", { name: "Sign in" }).getByText(BAD_CREDENTIALS)).toBeVisible();
    await expect(cashierPage).toHaveURL(`${tenantOrigin(tenant.slug)}/login?reason=deactivated`);
    await context.close();
  });

  test("the audit log records these changes and filters by action", async ({ page }) => {
    const tenant = newTenant("audit", "Audit Fiber");
    const cashier = newStaff(tenant, "Cashier");
    await tenantWithStaff(page, tenant, cashier);
    await createRole(page, tenant, COLLECTOR);
    await page.goto(`${tenantOrigin(tenant.slug)}/settings/staff`);
    await deactivateStaff(page, cashier);

    await openSettingsSection(page, "Audit log");
    await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/settings/audit`);
    // Each entry is a sentence: who, what, and the record by its name (a link to its page).
    const entries = page.getByTestId("audit-entry");
    const entryOf = (action: string) => page.locator(`[data-testid="audit-entry"][data-action="${action}"]`);
    for (const [action, sentence, detail] of [
      ["user.create", `${tenant.owner} added ${cashier.name} to the staff as Cashier`, cashier.email],
      ["role.create", `${tenant.owner} created the role ${COLLECTOR.name}`, COLLECTOR.description],
      ["user.deactivate", `${tenant.owner} deactivated ${cashier.name}'s account`, "false"],
    ] as const) {
      await expect(entryOf(action), action).toHaveCount(1);
      await expect(entryOf(action).getByRole("paragraph").first(), action).toHaveText(sentence);
      // The raw before/after is one click away.
      await expect(entryOf(action).getByText(detail), action).toBeHidden();
      await entryOf(action).getByText("Details", { exact: true }).click();
      await expect(entryOf(action).getByText(detail, { exact: false }).first(), action).toBeVisible();
    }
    await expect(entryOf("role.create").getByRole("link", { name: COLLECTOR.name })).toHaveAttribute("href", /^\/settings\/roles\/[0-9a-f-]{36}$/);
    // Newest first.
    const order = await entries.evaluateAll((els) => els.map((el) => el.getAttribute("data-action")));
    expect(order.indexOf("user.deactivate")).toBeLessThan(order.indexOf("role.create"));
    expect(order.indexOf("role.create")).toBeLessThan(order.indexOf("user.create"));

    const filters = page.getByRole("form", { name: "Filter audit log" });
    await filters.getByLabel("Action", { exact: true }).selectOption("user.deactivate");
    await filters.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/settings/audit" && url.searchParams.get("action") === "user.deactivate");
    await expect(entries).toHaveCount(1);
    await expect(entries.first()).toContainText(`${tenant.owner} deactivated ${cashier.name}'s account`);
    await expect(page.getByText("1 matching entry.")).toBeVisible();
    await shot(page, "staff-roles-audit-filtered");

    // The URL is the filter: opened afresh (another tab, a bookmark) it shows the same.
    const url = page.url();
    const other = await page.context().newPage();
    await other.goto(url);
    await expect(other.getByRole("form", { name: "Filter audit log" }).getByLabel("Action", { exact: true })).toHaveValue("user.deactivate");
    await expect(other.getByTestId("audit-entry")).toHaveCount(1);
    await other.close();

    // Clear brings every entry back.
    await filters.getByRole("link", { name: "Clear" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/settings/audit" && !u.searchParams.get("action"));
    await expect(entryOf("user.create")).toHaveCount(1);
  });
});
