import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, tenantOrigin } from "./support/constants";
import { LANDS, logIn, newTenant, shot, signUp, submitLogin, type NewTenant } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { addStaff, newStaff, type StaffMember } from "./support/staff";
import { addPlan, FIBER_50, horizontalOverflow } from "./support/subscribers";

/**
 * What an ISP's owner, cashier and technician meet in their first hour: a
 * setup checklist, each role landing on its work, an audit log that reads as
 * sentences, and forms that help fix what was typed wrong.
 */

const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** The open page at 1440 px and a 390 px phone, light and dark: "<name>-<width>-<theme>.png". */
async function shotAll(page: Page, name: string): Promise<void> {
  for (const theme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: theme });
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${theme}\\b`));
    for (const [width, size] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
      await page.setViewportSize(size);
      await page.evaluate(() => window.scrollTo(0, 0));
      if (width === "phone") expect.soft(await horizontalOverflow(page), `${name} fits a phone`).toBeLessThanOrEqual(0);
      await shot(page, `${name}-${width}-${theme}`);
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(DESKTOP);
}

async function signInElsewhere(browser: Browser, tenant: NewTenant, member: StaffMember, lands: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  await logIn(page, tenant.slug, member.email, member.password, lands);
  return page;
}

const checklist = (page: Page) => page.getByRole("region", { name: "Set up your workspace" });
const step = (page: Page, key: string) => page.getByTestId(`onboarding-${key}`);

test.describe("day one", () => {
  test.describe.configure({ timeout: 420_000 });

  test("a new workspace's dashboard shows a setup checklist that ticks itself off and can be dismissed", async ({ page, browser }) => {
    const tenant = newTenant("onboard", "Onboard Fiber");
    await page.setViewportSize(DESKTOP);
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);

    // Seven steps, none done, each linking to its page and saying why it matters.
    await expect(checklist(page)).toBeVisible();
    await expect(checklist(page).getByRole("listitem")).toHaveCount(7);
    await expect(checklist(page)).toContainText("0 of 7 done.");
    for (const [key, href] of [
      ["business", "/settings/billing"],
      ["barangays", "/barangays/import"],
      ["plans", "/plans/new"],
      ["staff", "/settings/staff"],
      ["customers", "/customers/import"],
      ["billing", "/settings/billing"],
      ["sms", "/settings/notifications"],
    ] as const) {
      await expect(step(page, key), key).toHaveAttribute("data-done", "false");
      await expect(step(page, key).getByRole("link"), key).toHaveAttribute("href", href);
    }
    await expect(step(page, "sms")).toContainText("only logged");
    await shotAll(page, "day-one-onboarding");

    // Doing the work ticks the steps: a staff member and a plan.
    const cashier = newStaff(tenant, "Cashier", "Maria Santos");
    await page.goto(`${origin}/settings/staff`);
    await addStaff(page, cashier);
    await addPlan(page, tenant.slug, FIBER_50);
    await page.goto(`${origin}/`);
    await expect(step(page, "staff")).toHaveAttribute("data-done", "true");
    await expect(step(page, "plans")).toHaveAttribute("data-done", "true");
    await expect(step(page, "customers")).toHaveAttribute("data-done", "false");
    await expect(checklist(page)).toContainText("2 of 7 done.");

    // The cashier cannot act on it, so never sees it.
    const cashierPage = await signInElsewhere(browser, tenant, cashier, LANDS.Cashier);
    await cashierPage.goto(`${origin}/dashboard`);
    await expect(cashierPage.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
    await expect(checklist(cashierPage)).toHaveCount(0);
    await cashierPage.context().close();

    // The owner dismisses it: gone for the workspace, and the audit log says who.
    const dismiss = page.getByRole("form", { name: "Dismiss setup checklist" });
    await whenHydrated(dismiss.getByRole("button", { name: "Dismiss" }));
    await dismiss.getByRole("button", { name: "Dismiss" }).click();
    await expect(checklist(page)).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
    await page.goto(`${origin}/dashboard`);
    await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
    await expect(checklist(page)).toHaveCount(0);
    await page.goto(`${origin}/`);
    await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
    await expect(checklist(page)).toHaveCount(0);
    await page.goto(`${origin}/settings/audit?action=onboarding.dismiss`);
    await expect(page.getByTestId("audit-entry")).toHaveText(new RegExp(`${tenant.owner} dismissed the setup checklist`));
  });

  test("each role lands on its work; the owner chooses where in Settings > Roles; a requested page comes first", async ({ page, browser }) => {
    const tenant = newTenant("landing", "Landing Fiber");
    await page.setViewportSize(DESKTOP);
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);
    const cashier = newStaff(tenant, "Cashier", "Maria Santos");
    const tech = newStaff(tenant, "Technician", "Pedro Penduko");
    await page.goto(`${origin}/settings/staff`);
    await addStaff(page, cashier);
    await addStaff(page, tech);

    // The matrix says where each role lands.
    await page.goto(`${origin}/settings/roles`);
    const headers = page.getByRole("columnheader");
    await expect(headers.filter({ hasText: "Cashier" })).toContainText("Lands on Payments");
    await expect(headers.filter({ hasText: "Technician" })).toContainText("Lands on Field work");
    await expect(headers.filter({ hasText: "Administrator" })).toContainText("Lands on Dashboard");

    // The cashier lands on Payments, the technician on Field work; the dashboard stays in the menu.
    const cp = await signInElsewhere(browser, tenant, cashier, "/payments");
    await expect(cp.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
    await cp.goto(`${origin}/`);
    await expect(cp).toHaveURL(`${origin}/payments`);
    await cp.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" }).click();
    await expect(cp).toHaveURL(`${origin}/dashboard`);
    await expect(cp.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
    // On a phone the bottom bar puts the cashier's screens first, Payments leading.
    await cp.setViewportSize(PHONE);
    await cp.goto(`${origin}/payments`);
    const bar = cp.getByRole("navigation", { name: "Shortcuts", exact: true });
    await expect(bar).toBeVisible();
    expect((await bar.getByRole("link").allInnerTexts()).map((t) => t.trim())).toEqual(["Payments", "Customers", "Billing", "Dashboard"]);
    await expect(bar.getByRole("link", { name: "Payments" })).toHaveAttribute("aria-current", "page");
    await cp.setViewportSize(DESKTOP);
    await shotAll(cp, "day-one-cashier-landing");
    await cp.context().close();

    const tp = await signInElsewhere(browser, tenant, tech, "/work-items");
    await expect(tp.getByRole("heading", { level: 1, name: "Field work" })).toBeVisible();
    await tp.setViewportSize(PHONE);
    const techBar = tp.getByRole("navigation", { name: "Shortcuts", exact: true });
    expect((await techBar.getByRole("link").allInnerTexts()).map((t) => t.trim())).toEqual(["Field work", "Customers", "Dashboard"]);
    await tp.context().close();

    // The owner sends the Cashier role to Customers instead.
    await page.goto(`${origin}/settings/roles`);
    await page.getByRole("link", { name: "Cashier", exact: true }).click();
    const form = page.getByRole("form", { name: "Edit role Cashier" });
    await whenHydrated(form.getByRole("button", { name: "Save role" }));
    await expect(form.getByLabel("Landing page")).toHaveValue("/payments");
    // A page the role cannot see is refused next to the field.
    await form.getByLabel("Landing page").selectOption({ label: "Field work" });
    await form.getByRole("button", { name: "Save role" }).click();
    await expect(form.getByText("People in this role cannot see Field work")).toBeVisible();
    await expect(form.getByLabel("Landing page")).toBeFocused();
    await shotAll(page, "day-one-role-landing-error");
    await form.getByLabel("Landing page").selectOption({ label: "Customers" });
    await expect(form.getByText("People in this role cannot see Field work")).toHaveCount(0);
    await form.getByRole("button", { name: "Save role" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved role Cashier.");
    await expect(page.getByRole("columnheader").filter({ hasText: "Cashier" })).toContainText("Lands on Customers");
    await page.goto(`${origin}/settings/audit?action=role.update`);
    await expect(page.getByTestId("audit-entry").first()).toContainText(`${tenant.owner} changed the role Cashier: landing page Payments → Customers`);

    const cp2 = await signInElsewhere(browser, tenant, cashier, "/customers");
    await expect(cp2.getByRole("heading", { level: 1, name: "Customers" })).toBeVisible();
    await cp2.context().close();

    // A page asked for before signing in still comes first.
    const cp3 = await (await browser.newContext({ viewport: DESKTOP })).newPage();
    await cp3.goto(`${origin}/login?next=${encodeURIComponent("/billing")}`);
    await submitLogin(cp3, tenant.slug, cashier.email, cashier.password);
    await expect(cp3).toHaveURL(`${origin}/billing`);
    await cp3.context().close();
  });

  test("the audit log reads as sentences, with the records as links and the raw data one click away", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await page.goto(`${tenantOrigin(DEMO.slug)}/settings/audit?action=payment.post`);
    const entry = page.getByTestId("audit-entry").first();
    await expect(entry.getByRole("paragraph").first()).toHaveText(/^.+ received ₱[\d,]+\.\d\d from .+ by (Cash|GCash|Maya|Bank transfer|Check), receipt \S+$/);
    await expect(entry.getByRole("link").first()).toHaveAttribute("href", /^\/customers\/[0-9a-f-]{36}$/);
    await expect(entry.getByRole("link").last()).toHaveAttribute("href", /^\/payments\/[0-9a-f-]{36}$/);
    await expect(entry.getByText("payment.post", { exact: true })).toBeHidden();
    await entry.getByText("Details", { exact: true }).click();
    await expect(entry.getByText("payment.post", { exact: true })).toBeVisible();
    // No action code is left as the sentence on the unfiltered page either.
    await page.goto(`${tenantOrigin(DEMO.slug)}/settings/audit`);
    const sentences = await page.getByTestId("audit-entry").evaluateAll((els) => els.map((el) => el.querySelector("p")?.textContent ?? ""));
    expect(sentences.length).toBeGreaterThan(10);
    for (const s of sentences) expect(s).not.toMatch(/\b[a-z]+(_[a-z]+)?\.[a-z_]+\b/);
    await shotAll(page, "day-one-audit-log");
  });

  test("a field's error clears as it is corrected, focus goes to the first invalid field, the form's message stays", async ({ page }) => {
    await page.setViewportSize(DESKTOP);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await page.goto(`${tenantOrigin(DEMO.slug)}/settings/roles/new`);
    const form = page.getByRole("form", { name: "New role" });
    await whenHydrated(form.getByRole("button", { name: "Create role" }));
    await form.getByLabel("Landing page").selectOption({ label: "Payments (the cashier's counter)" });
    await form.getByRole("button", { name: "Create role" }).click();
    const nameError = form.getByText("Enter a role name of at least 2 characters.");
    const landingError = form.getByText("People in this role cannot see Payments");
    await expect(nameError).toBeVisible();
    await expect(landingError).toBeVisible();
    await expect(form.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(form.getByLabel("Role name")).toBeFocused();
    await expect(form.getByLabel("Role name")).toHaveAttribute("aria-invalid", "true");

    await form.getByLabel("Role name").pressSequentially("Co");
    await expect(nameError).toHaveCount(0);
    await expect(form.getByLabel("Role name")).not.toHaveAttribute("aria-invalid", "true");
    // Only the edited field's error goes; the other field's and the form's message stay until the next submit.
    await expect(landingError).toBeVisible();
    await expect(form.getByText("Please correct the highlighted fields.")).toBeVisible();
    await form.getByRole("checkbox", { name: "View payments", exact: true }).check();
    await expect(landingError).toBeVisible();
    await form.getByRole("button", { name: "Create role" }).click();
    await expect(page.getByRole("status")).toHaveText("Saved role Co.");
  });
});
