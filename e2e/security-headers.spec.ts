import { expect, test, type Browser, type Page } from "@playwright/test";
import { DESKTOP, PHONE, shotBothWidths } from "./support/billing";
import { watchBrowserErrors } from "./support/browser-errors";
import { BASE_URL, DEMO, tenantOrigin } from "./support/constants";
import { logIn, submitLogin } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

const ORIGIN = tenantOrigin(DEMO.slug);
type HeaderMap = Record<string, string>;

/** A response's headers fetched from inside the page (Chromium resolves *.localhost; Node does not). */
async function headersOf(page: Page, url: string, extra: Record<string, string> = {}): Promise<{ status: number; headers: HeaderMap }> {
  return page.evaluate(
    async ({ url, extra }) => {
      const response = await fetch(url, { credentials: "same-origin", headers: extra });
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      // Read to the end: a download cut short is logged by the server as a failed export.
      await response.arrayBuffer();
      return { status: response.status, headers };
    },
    { url, extra },
  );
}

/** The headers every response carries, whatever it is. */
function expectBaseHeaders(headers: HeaderMap, what: string): void {
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("strict-origin-when-cross-origin");
  expect(headers["x-frame-options"], what).toBe("DENY");
  const permissions = headers["permissions-policy"] ?? "";
  expect(permissions, what).toContain("geolocation=(self)");
  expect(permissions, what).toContain("camera=(self)");
  expect(permissions, what).toContain("microphone=()");
  expect(permissions, what).toContain("payment=()");
  // Served over plain http here: no HSTS (browsers ignore it on http anyway).
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

/** A script-src that only runs scripts carrying this response's nonce (and what they load). */
function expectStrictCsp(headers: HeaderMap, what: string): string {
  const csp = headers["content-security-policy"] ?? "";
  expect(csp, what).toContain("frame-ancestors 'none'");
  const scriptSrc = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc, `${what}: script-src`).toMatch(/'nonce-[A-Za-z0-9+/=_-]{16,}'/);
  expect(scriptSrc, `${what}: script-src`).toContain("'strict-dynamic'");
  expect(scriptSrc, `${what}: script-src`).not.toContain("'unsafe-inline'");
  expect(scriptSrc, `${what}: script-src (production build)`).not.toContain("'unsafe-eval'");
  expect(csp, what).toMatch(/object-src 'none'/);
  expect(csp, what).toMatch(/base-uri 'self'/);
  return /'nonce-([^']+)'/.exec(scriptSrc)![1]!;
}

async function signedInPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
  return page;
}

test.describe("after sign-in, ?next= stays on the tenant's host", () => {
  const hostile = [
    "/\\evil.example",
    "/\t/evil.example",
    "//evil.example",
    "/.//evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "javascript:alert(document.domain)",
  ];

  for (const next of hostile) {
    test(`next=${JSON.stringify(next)} lands on the dashboard`, async ({ browser }) => {
      const context = await browser.newContext();
      // Any other host answers with a marker page instead of a DNS error, so an escape is seen, not guessed.
      await context.route(
        (url) => !url.hostname.endsWith("localhost"),
        (route) => route.fulfill({ status: 200, contentType: "text/html", body: "<h1>escaped</h1>" }),
      );
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${ORIGIN}/login?next=${encodeURIComponent(next)}`);
      await whenHydrated(page.getByRole("form", { name: "Sign in" }));
      await submitLogin(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
      await page.waitForURL((url) => !(url.origin === ORIGIN && url.pathname === "/login"));
      await page.waitForLoadState("load");
      expect(new URL(page.url()).origin).toBe(ORIGIN);
      expect(new URL(page.url()).pathname).toBe("/");
      await expect(page.getByRole("heading", { level: 1, name: /^Magandang araw/ })).toBeVisible();
      expect(dialogs).toEqual([]);
      await context.close();
    });
  }

  test("a same-site next is still followed", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/login?next=${encodeURIComponent("/customers?status=active")}`);
    await whenHydrated(page.getByRole("form", { name: "Sign in" }));
    await submitLogin(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await page.waitForURL((url) => url.origin === ORIGIN && url.pathname === "/customers");
    expect(new URL(page.url()).search).toBe("?status=active");
    await context.close();
  });
});

test.describe("security headers", () => {
  test("a page, an invoice PDF, the customer CSV, the root domain, a 404 and static files carry them", async ({ browser }) => {
    const page = await signedInPage(browser);

    const dashboard = await page.goto(`${ORIGIN}/`);
    const pageHeaders = await dashboard!.allHeaders();
    expectBaseHeaders(pageHeaders, "dashboard");
    const nonce = expectStrictCsp(pageHeaders, "dashboard");
    // Every script of the page carries this response's nonce, and the next response has another.
    const scriptNonces = await page.evaluate(() => Array.from(document.scripts, (s) => s.nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    const again = await headersOf(page, `${ORIGIN}/`);
    expect(expectStrictCsp(again.headers, "dashboard again")).not.toBe(nonce);

    await page.goto(`${ORIGIN}/billing`);
    const invoiceHref = await page.locator('a[href^="/billing/invoices/"]').first().getAttribute("href");
    const invoiceId = /^\/billing\/invoices\/([0-9a-f-]{36})$/.exec(invoiceHref ?? "")?.[1];
    expect(invoiceId, "the demo tenant has an invoice").toBeTruthy();
    const pdf = await headersOf(page, `${ORIGIN}/api/pdf/invoices/${invoiceId}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers["content-type"]).toContain("application/pdf");
    expectBaseHeaders(pdf.headers, "invoice PDF");
    expect(pdf.headers["content-security-policy"], "invoice PDF").toContain("frame-ancestors 'none'");

    const csv = await headersOf(page, `${ORIGIN}/customers/export`);
    expect(csv.status).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expectBaseHeaders(csv.headers, "customer CSV");
    expect(csv.headers["content-security-policy"], "customer CSV").toContain("frame-ancestors 'none'");

    const missing = await headersOf(page, `${ORIGIN}/no-such-page`);
    expect(missing.status).toBe(404);
    expectBaseHeaders(missing.headers, "404 page");
    expectStrictCsp(missing.headers, "404 page");

    const icon = await headersOf(page, `${ORIGIN}/icon.svg`);
    expect(icon.status).toBe(200);
    expectBaseHeaders(icon.headers, "icon.svg");
    expect(icon.headers["content-security-policy"], "icon.svg").toContain("frame-ancestors 'none'");

    const chunk = await page.evaluate(() => Array.from(document.scripts, (s) => s.src).find((src) => src.includes("/_next/static/")));
    expect(chunk, "the page loads a build chunk").toBeTruthy();
    expectBaseHeaders((await headersOf(page, chunk!)).headers, "build chunk");

    // Behind a TLS proxy (X-Forwarded-Proto: https) the app asks browsers to stay on https.
    const https = await headersOf(page, `${ORIGIN}/login`, { "X-Forwarded-Proto": "https" });
    expect(https.headers["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(https.headers["content-security-policy"]).toContain("upgrade-insecure-requests");

    const root = await page.context().newPage();
    const marketing = await root.goto(`${BASE_URL}/`);
    const rootHeaders = await marketing!.allHeaders();
    expectBaseHeaders(rootHeaders, "root domain");
    expectStrictCsp(rootHeaders, "root domain");
    await page.context().close();
  });
});

test.describe("no CSP violation on the main pages", () => {
  for (const [label, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
    test(`walking the app at ${label} width`, async ({ browser }) => {
      // About twenty full page loads, each waiting for hydration.
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport });
      const problems = await watchBrowserErrors(context);
      const page = await context.newPage();

      /** Opens a page and waits until its scripts have run: the theme script set a class, React hydrated. */
      const visit = async (url: string) => {
        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        await whenHydrated(page.locator("body"));
        expect(await page.evaluate(() => /\b(light|dark)\b/.test(document.documentElement.className)), `${url}: next-themes ran`).toBe(true);
      };

      // Signed out: the root domain (landing with sign-up), finding a workspace, a tenant's sign-in.
      await visit(`${BASE_URL}/`);
      await expect(page.getByRole("form", { name: "Create your FiberBill workspace" })).toBeVisible();
      await visit(`${BASE_URL}/find-workspace`);
      await visit(`${ORIGIN}/login`);
      await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);

      const firstLink = async (listUrl: string, pattern: string) => {
        await visit(listUrl);
        const href = await page.locator(`a[href^="${pattern}"]`).evaluateAll((links, re) => links.map((a) => a.getAttribute("href") ?? "").find((h) => new RegExp(re).test(h)), `^${pattern}[0-9a-f-]{36}$`);
        expect(href, `a link like ${pattern}<id> on ${listUrl}`).toBeTruthy();
        return `${ORIGIN}${href}`;
      };

      await visit(`${ORIGIN}/`);
      if (label === "desktop") await shotBothWidths(page, "csp-dashboard");
      const customer = await firstLink(`${ORIGIN}/customers`, "/customers/");
      if (label === "desktop") await shotBothWidths(page, "csp-customers");
      await visit(customer);
      const invoice = await firstLink(`${ORIGIN}/billing`, "/billing/invoices/");
      await visit(invoice);
      if (label === "desktop") await shotBothWidths(page, "csp-invoice");
      for (const path of [
        "/payments",
        "/payments/day",
        "/work-items",
        "/notifications",
        "/plans",
        "/barangays",
        "/settings/billing",
        "/settings/customers",
        "/settings/notifications",
        "/settings/roles",
        "/settings/staff",
        "/settings/schedule",
        "/settings/audit",
      ]) {
        await visit(`${ORIGIN}${path}`);
      }

      // Client-side work under the policy: a navigation through the sidebar (an RSC fetch) and the theme switch.
      await visit(`${ORIGIN}/`);
      if (label === "desktop") {
        await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Customers" }).click();
        await expect(page).toHaveURL(`${ORIGIN}/customers`);
      }
      await page.getByRole("button", { name: /^Account menu for/ }).click();
      await page.getByRole("menuitem", { name: /theme$/ }).click();
      await expect(page.locator("html")).toHaveClass(/\b(light|dark)\b/);

      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
