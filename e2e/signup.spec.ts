import { expect, test, type Locator, type Page } from "@playwright/test";
import { BASE_URL } from "./support/constants";
import { newTenant, shot, signUp } from "./support/fixtures";

function signupForm(page: Page): Locator {
  return page.getByRole("form", { name: "Create your FiberBill workspace" });
}

/** The field (label, input, description, error) that holds the input labelled `label`. */
function fieldOf(form: Locator, label: string): Locator {
  // `has` is matched inside each group, so the inner locator starts from the page.
  return form.getByRole("group").filter({ has: form.page().getByLabel(label, { exact: true }) });
}

test.describe("sign-up on the root domain", () => {
  test("landing page on desktop and on a phone", async ({ page }) => {
    await page.goto(`${BASE_URL}/`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("billing, collections and field work");
    await expect(signupForm(page)).toBeVisible();
    await shot(page, "signup-landing-desktop");

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(signupForm(page)).toBeVisible();
    // Nothing may stick out sideways on a phone.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await shot(page, "signup-landing-phone");
  });

  test("bad input shows errors next to the fields and keeps what was typed", async ({ page }) => {
    await page.goto(`${BASE_URL}/`);
    const form = signupForm(page);
    await form.getByLabel("Company name", { exact: true }).fill("Cagayan Lightwave");
    await form.getByLabel("Subdomain", { exact: true }).fill("admin");
    await form.getByLabel("Your name", { exact: true }).fill("Lito Bautista");
    await form.getByLabel("Email", { exact: true }).fill("not-an-email");
    await form.getByLabel("Password", { exact: true }).fill("short1");
    await form.getByRole("button", { name: "Create workspace" }).click();

    await expect(form.getByText("Please correct the highlighted fields.")).toBeVisible();
    await expect(fieldOf(form, "Subdomain").getByRole("alert")).toHaveText("That subdomain is reserved. Please choose another.");
    await expect(fieldOf(form, "Email").getByRole("alert")).toHaveText("Enter a valid email address, like juan@example.com.");
    await expect(fieldOf(form, "Password").getByRole("alert")).toHaveText("Use at least 10 characters.");
    // Screen readers hear the error with the field.
    await expect(form.getByLabel("Email", { exact: true })).toHaveAccessibleDescription("Enter a valid email address, like juan@example.com.");
    await expect(form.getByLabel("Password", { exact: true })).toHaveAccessibleDescription("Use at least 10 characters.");
    await expect(form.getByLabel("Email", { exact: true })).toHaveAttribute("aria-invalid", "true");
    // The valid fields carry no error.
    await expect(fieldOf(form, "Company name").getByRole("alert")).toHaveCount(0);
    await expect(fieldOf(form, "Your name").getByRole("alert")).toHaveCount(0);

    await expect(form.getByLabel("Company name", { exact: true })).toHaveValue("Cagayan Lightwave");
    await expect(form.getByLabel("Subdomain", { exact: true })).toHaveValue("admin");
    await expect(form.getByLabel("Your name", { exact: true })).toHaveValue("Lito Bautista");
    await expect(form.getByLabel("Email", { exact: true })).toHaveValue("not-an-email");
    await expect(page).toHaveURL(`${BASE_URL}/`);
    await shot(page, "signup-form-errors");
  });

  test("the subdomain is suggested from the company name and checked live", async ({ page }) => {
    await page.goto(`${BASE_URL}/`);
    const form = signupForm(page);
    const subdomain = form.getByLabel("Subdomain", { exact: true });
    const company = form.getByLabel("Company name", { exact: true });

    await company.fill("Bukidnon Fiber Net, Inc.");
    await expect(subdomain).toHaveValue("bukidnon-fiber-net-inc");
    await expect(fieldOf(form, "Subdomain")).toContainText("bukidnon-fiber-net-inc is available.");

    // A subdomain another ISP has is refused before submitting.
    await subdomain.fill("demo");
    await expect(fieldOf(form, "Subdomain").getByRole("alert")).toHaveText("That subdomain is already taken. Please choose another.");
    await expect(subdomain).toHaveAttribute("aria-invalid", "true");

    // Once edited by hand, the subdomain no longer follows the company name.
    await company.fill("Bukidnon Fiber Net");
    await expect(subdomain).toHaveValue("demo");
    await shot(page, "signup-subdomain-taken");
  });

  test("a good sign-up lands the owner signed in on the new subdomain", async ({ page }) => {
    const tenant = newTenant("signup", "Valencia Fiber");
    await signUp(page, tenant);

    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Magandang araw, Juan");
    await expect(page.getByText(`${tenant.company} · ${tenant.slug}`)).toBeVisible();
    await expect(page.getByText("Your workspace is ready.")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Dashboard" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await shot(page, "signup-dashboard");

    // The session stays on reload: it is a real session, not just the welcome token.
    await page.reload();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Magandang araw, Juan");
    await expect(page.getByText(`${tenant.company} · ${tenant.slug}`)).toBeVisible();
  });
});
