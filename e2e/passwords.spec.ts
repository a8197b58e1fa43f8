import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import postgres from "postgres";
import { tenantOrigin } from "./support/constants";
import { logIn, newTenant, shot, signUp, type NewTenant } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { addStaff, newStaff, staffRow } from "./support/staff";

/**
 * Forgot password (the link read from the outbox in the e2e database), change
 * password from the user menu, and the owner's reset of a staff member, who
 * must then choose their own password at sign-in. Each test has a workspace
 * of its own: a password change ends every other session of its user.
 * Reading the outbox needs the e2e server on PostgreSQL (TEST_DATABASE_URL).
 */
const VIEWPORTS = [
  { label: "desktop", viewport: { width: 1280, height: 800 } },
  { label: "phone", viewport: { width: 390, height: 844 } },
] as const;

const NEW_PASSWORD = "mango tree by the river 42";

function e2eDatabaseUrl(): string | null {
  const described = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "artifacts/e2e-db.json"), "utf8")) as { kind: string; databaseUrl?: string };
  return described.kind === "postgres" ? (described.databaseUrl ?? null) : null;
}

async function resetLinkFor(email: string): Promise<string> {
  const url = e2eDatabaseUrl();
  if (!url) throw new Error("the e2e server runs on PGlite: set TEST_DATABASE_URL to read its outbox");
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    for (let i = 0; i < 50; i++) {
      const [row] = await sql<{ body: string }[]>`select body from outbox_messages where template_key = 'password_reset' and recipient = ${email} order by created_at desc limit 1`;
      const link = row && /(http:\/\/\S+\/reset-password\?token=\S+) /.exec(row.body)?.[1];
      if (link) return link;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`no reset email for ${email}`);
  } finally {
    await sql.end();
  }
}

async function workspace(browser: Browser, prefix: string): Promise<NewTenant> {
  const tenant = newTenant(prefix, "Password Fiber");
  const context = await browser.newContext();
  await signUp(await context.newPage(), tenant);
  await context.close();
  return tenant;
}

async function setNewPassword(page: Page, current: string | null, next: string, form: string): Promise<void> {
  const f = page.getByRole("form", { name: form });
  await whenHydrated(f.getByRole("button"));
  if (current !== null) await f.getByLabel(/^(Current|Temporary) password$/).fill(current);
  await f.getByLabel("New password", { exact: true }).fill(next);
  await f.getByLabel("New password again", { exact: true }).fill(next);
  await f.getByRole("button").click();
}

for (const { label, viewport } of VIEWPORTS) {
  test.describe(`passwords (${label})`, () => {
    test.use({ viewport });

    test("forgot password: the emailed link sets a new one, once", async ({ browser, page }) => {
      test.skip(!e2eDatabaseUrl(), "needs the e2e server on PostgreSQL to read the outbox");
      const tenant = await workspace(browser, `pw-forgot-${label}`);
      await page.goto(`${tenantOrigin(tenant.slug)}/login`);
      await page.getByRole("link", { name: "Forgot your password?" }).click();
      await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/forgot-password`);
      const form = page.getByRole("form", { name: "Reset your password" });
      await whenHydrated(form.getByRole("button"));
      await form.getByLabel("Email", { exact: true }).fill(tenant.email);
      await form.getByRole("button", { name: "Email me a link" }).click();
      const answer = page.getByRole("status");
      await expect(answer).toContainText("If that email belongs to an account in this workspace");
      await shot(page, `passwords-forgot-sent-${label}`);

      const link = await resetLinkFor(tenant.email);
      expect(link.startsWith(`${tenantOrigin(tenant.slug)}/reset-password?token=`)).toBe(true);
      await page.goto(link);
      await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
      await shot(page, `passwords-reset-form-${label}`);
      await setNewPassword(page, null, NEW_PASSWORD, "Choose a new password");
      await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/login?reason=password-reset`);
      await logIn(page, tenant.slug, tenant.email, NEW_PASSWORD);

      // Used once: the link now says so.
      await page.goto(link);
      await expect(page.getByRole("heading", { name: "Link not valid" })).toBeVisible();
      await shot(page, `passwords-reset-used-${label}`);
    });

    test("change password from the user menu ends the other sessions only", async ({ browser, page }) => {
      const tenant = await workspace(browser, `pw-change-${label}`);
      const other = await browser.newContext({ viewport });
      const otherPage = await other.newPage();
      await logIn(otherPage, tenant.slug, tenant.email, tenant.password);
      await logIn(page, tenant.slug, tenant.email, tenant.password);

      const trigger = page.getByRole("button", { name: `Account menu for ${tenant.owner}` });
      await whenHydrated(trigger);
      await trigger.click();
      await page.getByRole("menuitem", { name: "Change password" }).click();
      await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/change-password`);
      await shot(page, `passwords-change-${label}`);
      await setNewPassword(page, "wrong password here", NEW_PASSWORD, "Change your password");
      await expect(page.getByText("That is not your current password.").first()).toBeVisible();
      await setNewPassword(page, tenant.password, NEW_PASSWORD, "Change your password");
      await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/change-password?changed=1`);
      await expect(page.getByText("Your password has been changed.")).toBeVisible();
      await shot(page, `passwords-changed-${label}`);

      // This browser stays signed in; the other one is signed out.
      await page.goto(`${tenantOrigin(tenant.slug)}/`);
      await expect(page).toHaveURL(`${tenantOrigin(tenant.slug)}/`);
      await otherPage.goto(`${tenantOrigin(tenant.slug)}/customers`);
      await expect(otherPage).toHaveURL(/\/login/);
      await other.close();
    });

    test("the owner resets a staff member, who must choose their own password at sign-in", async ({ browser, page }) => {
      const tenant = await workspace(browser, `pw-owner-${label}`);
      await logIn(page, tenant.slug, tenant.email, tenant.password);
      const member = newStaff(tenant, "Support", "Pedro Penduko");
      await page.goto(`${tenantOrigin(tenant.slug)}/settings/staff`);
      await addStaff(page, member);
      const row = staffRow(page, member.email);
      page.once("dialog", (d) => void d.accept());
      await row.getByRole("button", { name: "Reset password" }).click();
      const status = row.getByRole("status");
      await expect(status).toContainText("temporary password is");
      await shot(page, `passwords-owner-reset-${label}`);
      const temporary = /temporary password is (\S+)\./.exec((await status.textContent()) ?? "")![1]!;

      const staffContext = await browser.newContext({ viewport });
      const staffPage = await staffContext.newPage();
      await staffPage.goto(`${tenantOrigin(tenant.slug)}/login`);
      const login = staffPage.getByRole("form", { name: "Sign in" });
      await login.getByLabel("Email", { exact: true }).fill(member.email);
      await login.getByLabel("Password", { exact: true }).fill(temporary);
      await login.getByRole("button", { name: "Sign in" }).click();
      await staffPage.waitForURL(`${tenantOrigin(tenant.slug)}/change-password`);
      await expect(staffPage.getByRole("heading", { name: "Choose your own password" })).toBeVisible();
      await shot(staffPage, `passwords-forced-change-${label}`);
      // Every page leads back here until then.
      await staffPage.goto(`${tenantOrigin(tenant.slug)}/customers`);
      await expect(staffPage).toHaveURL(`${tenantOrigin(tenant.slug)}/change-password`);
      await setNewPassword(staffPage, temporary, NEW_PASSWORD, "Change your password");
      await staffPage.waitForURL((url) => url.pathname === "/customers");
      await staffContext.close();
    });
  });
}
