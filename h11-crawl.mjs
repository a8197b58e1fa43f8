import { chromium } from "@playwright/test";
const port = process.env.PORT || 3205;
const origin = `http://demo.localhost:${port}`;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, timezoneId: "Asia/Manila", locale: "en-PH" });
const page = await context.newPage();
let where = "";
page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") console.log(`[${where}] ${m.type()}: ${m.text().slice(0, 900)}\n`); });
page.on("pageerror", (e) => console.log(`[${where}] pageerror: ${e.message.slice(0, 900)}\n`));
await page.goto(`${origin}/login`, { timeout: 180000 });
await page.getByLabel("Email", { exact: true }).fill(process.env.EMAIL || "owner@demo.fiberbill.test");
await page.getByLabel("Password", { exact: true }).fill("demo-fiber-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL(`${origin}/`, { timeout: 180000 });
const seen = new Set(); const queue = ["/"]; const patterns = new Map();
const max = Number(process.env.MAX || 45);
while (queue.length && seen.size < max) {
  const p = queue.shift(); if (seen.has(p)) continue; seen.add(p); where = p;
  try {
    await page.goto(`${origin}${p}`, { timeout: 180000, waitUntil: "load" });
    await page.waitForTimeout(1200);
    console.log(`visited ${p}`);
    const hrefs = await page.$$eval("a[href^='/']", (as) => as.map((a) => a.getAttribute("href")));
    for (const h of hrefs) {
      if (!h || h.startsWith("/api/") || h.startsWith("/logout") || h.includes("export")) continue;
      const key = h.split("?")[0].replace(/[0-9a-f-]{36}/g, ":id");
      const n = patterns.get(key) || 0; if (n >= 1) continue; patterns.set(key, n + 1);
      queue.push(h);
    }
  } catch (e) { console.log(`FAILED ${p}: ${e.message.slice(0, 200)}`); }
}
await browser.close();
