import { expect, test, type Page } from "@playwright/test";
import { BASE_URL, DEMO, ROOT_DOMAIN, tenantOrigin } from "./support/constants";
import { LANDS, logIn, newTenant, shot, signUp, submitLogin, uniqueSlug } from "./support/fixtures";

const BAD_CREDENTIALS = "That email and password do not match an active account in this workspace.";
const DEMO_CASHIER = "cashier@demo.fiberbill.test";

/** Submits the sign-in form and waits for the server action's answer. */
async function attemptLogin(page: Page, slug: string, email: string, password: string): Promise<void> {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/login");
  await submitLogin(page, slug, email, password);
  await answered;
}

test.describe("sign-in on a tenant subdomain", () => {
  test("a wrong password shows a clear error; the right one then works", async ({ page }) => {
    await attemptLogin(page, DEMO.slug, DEMO_CASHIER, "not-the-password-1");
    const form = page.getByRole("form", { name: "Sign in" });
    await expect(form.getByText(BAD_CREDENTIALS)).toBeVisible();
    await expect(page).toHaveURL(`${tenantOrigin(DEMO.slug)}/login`);
    await expect(form.getByLabel("Email", { exact: true })).toHaveValue(DEMO_CASHIER);
    await shot(page, "login-wrong-password");

    await logIn(page, DEMO.slug, DEMO_CASHIER, DEMO.password, LANDS.Cashier);
    await page.getByRole("button", { name: /^Account menu for/ }).click();
    await expect(page.getByRole("menu")).toContainText("Cashier");
  });

  test("after five failed attempts the next one waits", async ({ page, browser }) => {
    // A tenant of its own: the delay must not touch accounts other specs use.
    const tenant = newTenant("lockout", "Lockout Fiber");
    const signUpContext = await browser.newContext();
    await signUp(await signUpContext.newPage(), tenant);
    await signUpContext.close();

    const form = page.getByRole("form", { name: "Sign in" });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await attemptLogin(page, tenant.slug, tenant.email, `wrong-password-${attempt}`);
      await expect(form.getByText(BAD_CREDENTIALS)).toBeVisible();
    }
    // Delayed: even the right password waits now (this browser never signed in to the account).
    await attemptLogin(page, tenant.slug, tenant.email, tenant.password);
    await expect(form.getByText(/^Too many failed sign-in attempts\. Try again in \d+ minutes?\.$/)).toBeVisible();
    await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/login`);
    await shot(page, "login-locked-out");
  });

  test("the demo owner can sign in", async ({ page }) => {
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await expect(page.getByText(`${DEMO.name} · ${DEMO.slug}`)).toBeVisible();
    await expect(page.getByTestId("stat-active-staff")).toHaveText("4");
    await shot(page, "login-demo-dashboard");
  });
});

test.describe("finding a workspace on the root domain", () => {
  test("the subdomain leads to the workspace's sign-in page", async ({ page }) => {
    await page.goto(`${BASE_URL}/find-workspace`);
    const form = page.getByRole("form", { name: "Go to your workspace" });
    await form.getByLabel("Workspace address", { exact: true }).fill(DEMO.slug);
    await form.getByRole("button", { name: "Continue to sign in" }).click();
    await expect(page).toHaveURL(`${tenantOrigin(DEMO.slug)}/login`);
    await expect(page.getByText(`Sign in to ${DEMO.name}`)).toBeVisible();
  });

  test("an unknown subdomain shows an error next to the field", async ({ page }) => {
    const slug = uniqueSlug("nowhere");
    await page.goto(`${BASE_URL}/find-workspace`);
    const form = page.getByRole("form", { name: "Go to your workspace" });
    const input = form.getByLabel("Workspace address", { exact: true });
    await input.fill(slug);
    await form.getByRole("button", { name: "Continue to sign in" }).click();
    const field = form.getByRole("group").filter({ has: page.getByLabel("Workspace address", { exact: true }) });
    await expect(field.getByRole("alert")).toHaveText(`There is no workspace at ${slug}.${ROOT_DOMAIN}.`);
    await expect(input).toHaveAttribute("aria-invalid", "true");
    await expect(input).toHaveValue(slug);
    await expect(page).toHaveURL(`${BASE_URL}/find-workspace`);
    await shot(page, "find-workspace-unknown");
  });

  test("the email lookup answers the same for a known and an unknown email", async ({ page }) => {
    const answerFor = async (email: string): Promise<string> => {
      await page.goto(`${BASE_URL}/find-workspace`);
      const form = page.getByRole("form", { name: "Email me my workspaces" });
      await form.getByLabel("Email", { exact: true }).fill(email);
      await form.getByRole("button", { name: "Email me my workspaces" }).click();
      const status = form.getByRole("status");
      await expect(status).toBeVisible();
      return (await status.innerText()).replace(email, "<email>");
    };
    const known = await answerFor(DEMO.ownerEmail);
    await shot(page, "find-workspace-email-sent");
    const unknown = await answerFor(`nobody-${uniqueSlug("x")}@example.com`);
    expect(known).toContain("has a FiberBill account, we have sent it the list of its workspaces");
    expect(unknown).toBe(known);
  });
});
