import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { tenantOrigin } from "./support/constants";
import { logIn, newTenant, shot, signUp, type NewTenant } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

/**
 * Sign-out ends the session everywhere (ASVS 7.4.1): a copy of the session
 * cookie is refused once its user signed out, "Sign out of all devices" ends
 * the sessions of other browsers, and another site cannot sign anyone out.
 * Each test has a workspace of its own: signing out ends every session of
 * that user, which would reach into other specs' sessions on a shared one.
 */
const SESSION_COOKIE = "authjs.session-token";
const EVIL_ORIGIN = "http://prizes.example";

const VIEWPORTS = [
  { label: "desktop", viewport: { width: 1280, height: 800 } },
  { label: "phone", viewport: { width: 390, height: 844 } },
] as const;

/** Console errors and uncaught exceptions of a page, to assert there were none. */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

async function newWorkspace(browser: Browser, prefix: string): Promise<NewTenant> {
  const tenant = newTenant(prefix, "Session Fiber");
  const context = await browser.newContext();
  await signUp(await context.newPage(), tenant);
  await context.close();
  return tenant;
}

/** A browser of its own (own cookies), signed in as the workspace's owner. */
async function signedIn(browser: Browser, tenant: NewTenant, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await logIn(page, tenant.slug, tenant.email, tenant.password);
  return { context, page, errors };
}

async function chooseInUserMenu(page: Page, tenant: NewTenant, item: string, screenshot?: string): Promise<void> {
  const trigger = page.getByRole("button", { name: `Account menu for ${tenant.owner}` });
  await whenHydrated(trigger);
  await trigger.click();
  const choice = page.getByRole("menuitem", { name: item, exact: true });
  await expect(choice).toBeVisible();
  if (screenshot) await shot(page, screenshot);
  await choice.click();
  await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/login?reason=signed-out`);
  await expect(page.getByText("You have signed out.")).toBeVisible();
}

async function expectSignedOut(page: Page, tenant: NewTenant): Promise<void> {
  await page.goto(`${tenantOrigin(tenant.slug)}/customers`);
  await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/login`);
  await expect(page.getByRole("form", { name: "Sign in" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Customers" })).toHaveCount(0);
}

async function expectSignedIn(page: Page, tenant: NewTenant): Promise<void> {
  await page.goto(`${tenantOrigin(tenant.slug)}/`);
  await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/`);
  await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
}

async function sessionCookies(context: BrowserContext, tenant: NewTenant) {
  const cookies = (await context.cookies(tenantOrigin(tenant.slug))).filter((c) => c.name.startsWith(SESSION_COOKIE));
  expect(cookies.length, "the browser holds a session cookie").toBeGreaterThan(0);
  return cookies;
}

for (const { label, viewport } of VIEWPORTS) {
  test.describe(`ending sessions (${label})`, () => {
    test.use({ viewport });

    test("a session cookie copied before sign-out is refused after it", async ({ browser }) => {
      const tenant = await newWorkspace(browser, `copied-${label}`);
      const victim = await signedIn(browser, tenant, viewport);
      const copied = await sessionCookies(victim.context, tenant);

      await chooseInUserMenu(victim.page, tenant, "Sign out");
      await shot(victim.page, `sessions-signed-out-${label}`);

      // Someone who copied the cookie before (a shared PC, a stolen backup) gets nowhere with it.
      const thief = await browser.newContext({ viewport });
      await thief.addCookies(copied);
      const thiefPage = await thief.newPage();
      const thiefErrors = watchConsole(thiefPage);
      await expectSignedOut(thiefPage, tenant);
      await expectSignedOut(victim.page, tenant);
      // Signing in again gives a new session that works.
      await logIn(victim.page, tenant.slug, tenant.email, tenant.password);
      await expectSignedOut(thiefPage, tenant);

      expect([...victim.errors, ...thiefErrors]).toEqual([]);
      await Promise.all([victim.context.close(), thief.close()]);
    });

    test("“Sign out of all devices” ends the session in another browser", async ({ browser }) => {
      const tenant = await newWorkspace(browser, `everywhere-${label}`);
      const laptop = await signedIn(browser, tenant, viewport);
      const phone = await signedIn(browser, tenant, viewport);
      await expectSignedIn(phone.page, tenant);

      await chooseInUserMenu(laptop.page, tenant, "Sign out of all devices", `sessions-user-menu-${label}`);
      await expectSignedOut(phone.page, tenant);
      await expectSignedOut(laptop.page, tenant);
      await shot(phone.page, `sessions-other-device-signed-out-${label}`);

      expect([...laptop.errors, ...phone.errors]).toEqual([]);
      await Promise.all([laptop.context.close(), phone.context.close()]);
    });

    test("another site cannot sign anyone out: not with a link (GET), not with a form (POST)", async ({ browser }) => {
      const tenant = await newWorkspace(browser, `csrf-${label}`);
      const user = await signedIn(browser, tenant, viewport);
      const logout = `${tenantOrigin(tenant.slug)}/logout`;

      // A page on another site, with a link and a self-submitting form aimed at /logout.
      const evil = await user.context.newPage();
      await evil.route(`${EVIL_ORIGIN}/**`, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><title>Prizes</title>
            <a id="claim" href="${logout}">Claim your prize</a>
            <form id="win" method="post" action="${logout}"><input name="scope" value="all"></form>`,
        }),
      );
      await evil.goto(`${EVIL_ORIGIN}/`);
      // A top-level GET carries the session cookie (SameSite=Lax): it must still sign no one out.
      await evil.getByRole("link", { name: "Claim your prize" }).click();
      await expect(evil).toHaveURL(`${tenantOrigin(tenant.slug)}/`);
      await expect(evil.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();

      await evil.goto(`${EVIL_ORIGIN}/`);
      const refused = evil.waitForResponse((r) => r.url() === logout && r.request().method() === "POST");
      await evil.locator("#win").evaluate((f: HTMLFormElement) => f.submit());
      expect((await refused).status()).toBe(403);
      await evil.close();

      await expectSignedIn(user.page, tenant);
      expect(user.errors).toEqual([]);
      await user.context.close();
    });
  });
}
