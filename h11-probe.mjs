import { chromium } from "@playwright/test";
const port = process.env.PORT || 3205;
const origin = `http://demo.localhost:${port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ colorScheme: process.env.SCHEME || "light", viewport: process.env.PHONE ? { width: 390, height: 844 } : { width: 1440, height: 900 }, timezoneId: process.env.TZ_ID || "America/New_York", locale: process.env.LOCALE || "en-US" });
const page = await context.newPage();
const errors = [];
let where = "";
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log(`[${where}] ${m.type()}: ${m.text().slice(0, 700)}\n`); });
page.on("pageerror", (e) => console.log(`[${where}] pageerror: ${e.message.slice(0, 700)}\n`));
where = "probe";
await page.goto(`${origin}/login`, { timeout: 180000 });
await page.evaluate(() => console.error("probe works"));
where = "login";
await page.goto(`${origin}/login`, { timeout: 180000 });
await page.getByLabel("Email", { exact: true }).fill("owner@demo.fiberbill.test");
await page.getByLabel("Password", { exact: true }).fill("demo-fiber-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(`${origin}/`, { timeout: 180000 });
const paths = (process.env.PATHS || "/,/customers,/barangays,/plans,/billing,/billing/run,/payments,/payments/day,/work-items,/notifications,/settings,/settings/staff,/settings/roles,/settings/billing,/settings/schedule,/settings/audit,/settings/notifications,/customers?q=san").split(",");
for (const p of paths) {
  where = p;
  try {
    await page.goto(`${origin}${p}`, { timeout: 180000, waitUntil: "load" });
    await page.waitForTimeout(1500);
    console.log(`visited ${p}`);
  } catch (e) { console.log(`FAILED ${p}: ${e.message.slice(0, 200)}`); }
}
// A customer page
where = "customer";
await page.goto(`${origin}/customers`, { timeout: 180000 });
const href = await page.locator("table a[href^='/customers/']").first().getAttribute("href");
where = href;
await page.goto(`${origin}${href}`, { timeout: 180000 });
await page.waitForTimeout(1500);
where = "landing";
await page.goto(`http://localhost:${port}/`, { timeout: 180000 });
await page.waitForTimeout(1500);
console.log(errors.join("\n\n") || "no console errors");
await browser.close();
