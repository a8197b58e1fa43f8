import { expect, test, type Browser } from "@playwright/test";
import { BASE_URL, ROOT_DOMAIN, tenantOrigin } from "./support/constants";
import { logIn, newTenant, shot, signUp, uniqueSlug, type NewTenant } from "./support/fixtures";

const a = newTenant("tenant-a", "Alpha Fiber");
const b = newTenant("tenant-b", "Bravo Fiber");

async function signUpInOwnContext(browser: Browser, tenant: NewTenant): Promise<void> {
  const context = await browser.newContext();
  try {
    await signUp(await context.newPage(), tenant);
  } finally {
    await context.close();
  }
}

test.describe("tenants are walled off by subdomain", () => {
  test.beforeAll(async ({ browser }) => {
    await signUpInOwnContext(browser, a);
    await signUpInOwnContext(browser, b);
  });

  test("each owner signs in on its own subdomain", async ({ browser }) => {
    for (const tenant of [a, b]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await logIn(page, tenant.slug, tenant.email, tenant.password);
      await expect(page.getByText(`${tenant.company} · ${tenant.slug}`)).toBeVisible();
      await context.close();
    }
  });

  test("an owner's password does not open the other tenant", async ({ page }) => {
    await page.goto(`${tenantOrigin(b.slug)}/login`);
    const form = page.getByRole("form", { name: "Sign in" });
    await form.getByLabel("Email", { exact: true }).fill(a.email);
    await form.getByLabel("Password", { exact: true }).fill(a.password);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByText("That email and password do not match an active account in this workspace.")).toBeVisible();
    await expect(page).toHaveURL(`${tenantOrigin(b.slug)}/login`);
  });

  test("A's session cookie replayed on B's subdomain does not open B", async ({ page, context }) => {
    await logIn(page, a.slug, a.email, a.password);
    const cookies = await context.cookies(tenantOrigin(a.slug));
    expect(cookies.map((c) => c.name)).toContain("authjs.session-token");
    await context.addCookies(cookies.map((c) => ({ ...c, domain: `${b.slug}.${ROOT_DOMAIN}` })));
    expect((await context.cookies(tenantOrigin(b.slug))).map((c) => c.name)).toContain("authjs.session-token");

    for (const path of ["/", "/customers"]) {
      await page.goto(`${tenantOrigin(b.slug)}${path}`);
      await expect(page).toHaveURL(({ origin, pathname }) => origin === tenantOrigin(b.slug) && pathname === "/login");
      await expect(page.getByText(b.company)).toBeVisible();
      await expect(page.getByText(a.company)).toHaveCount(0);
      await expect(page.getByRole("heading", { name: /^Magandang araw/ })).toHaveCount(0);
    }
    await expect(page.getByText("You were signed in to a different workspace.")).toBeVisible();
    await shot(page, "tenancy-replayed-cookie");

    // A's own workspace still works with the same cookie jar.
    await page.goto(`${tenantOrigin(a.slug)}/`);
    await expect(page.getByText(`${a.company} · ${a.slug}`)).toBeVisible();
  });

  test("an unknown subdomain is a 404 that offers sign-up", async ({ page }) => {
    const slug = uniqueSlug("nobody");
    const response = await page.goto(`${tenantOrigin(slug)}/`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "No workspace here" })).toBeVisible();
    await expect(page.getByText(`There is no FiberBill workspace at ${slug}.${ROOT_DOMAIN}`)).toBeVisible();
    const signUpLink = page.getByRole("link", { name: "Sign up your ISP" });
    await expect(signUpLink).toHaveAttribute("href", `${BASE_URL}/#signup`);
    await shot(page, "tenancy-unknown-subdomain");

    expect((await page.goto(`${tenantOrigin(slug)}/login`))?.status()).toBe(404);
    await signUpLink.click();
    await expect(page).toHaveURL(`${BASE_URL}/#signup`);
    await expect(page.getByRole("form", { name: "Create your FiberBill workspace" })).toBeVisible();
  });

  test("the internal /t/<slug> routes are not served directly", async ({ page }) => {
    for (const path of [`/t/${a.slug}`, `/t/${a.slug}/login`, `/t/${a.slug}/customers`]) {
      const response = await page.goto(`${BASE_URL}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText(a.company)).toHaveCount(0);
    }
    // Nor through another tenant's subdomain.
    const response = await page.goto(`${tenantOrigin(b.slug)}/t/${a.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(a.company)).toHaveCount(0);
  });

  test("signing out returns to the sign-in page and ends the session", async ({ page }) => {
    await logIn(page, b.slug, b.email, b.password);
    await page.getByRole("button", { name: `Account menu for ${b.owner}` }).click();
    await page.getByRole("menuitem", { name: "Sign out", exact: true }).click();
    await expect(page).toHaveURL(`${tenantOrigin(b.slug)}/login?reason=signed-out`);
    await expect(page.getByText("You have signed out.")).toBeVisible();
    await shot(page, "tenancy-signed-out");

    await page.goto(`${tenantOrigin(b.slug)}/`);
    await expect(page).toHaveURL(`${tenantOrigin(b.slug)}/login`);
    await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  });
});
