import { expect, test, type Page } from "@playwright/test";
import { DESKTOP, PHONE } from "./support/billing";
import { watchBrowserErrors } from "./support/browser-errors";
import { DEMO, tenantOrigin } from "./support/constants";
import { logIn, shot } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

const DEMO_TECH_NAME = "Ramon Dela Cruz";

/** Nothing on the page reaches past the viewport's right edge; then a full-page shot from the top (a scrolled page paints the sticky header halfway down). */
async function fitsAndShoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect.soft(overflow, `${name} fits the viewport's width`).toBeLessThanOrEqual(0);
  await shot(page, name);
}

for (const [width, viewport] of [["desktop", DESKTOP], ["phone", PHONE]] as const) {
  test(`the owner receives three ONUs by pasting serials, finds them, hands one to a technician and reads its history (${width})`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const problems = await watchBrowserErrors(context);
    await page.setViewportSize(viewport);
    // Serials of their own: the other width's run (and a rerun on the same server) receive theirs.
    const tag = `${width === "desktop" ? "D" : "P"}${Date.now().toString(36).toUpperCase().slice(-6)}`;
    const serials = [1, 2, 3].map((n) => `ZTEG${tag}${n}`);
    const mac = `${width === "desktop" ? "02" : "06"}:00:00:${Date.now().toString(16).slice(-6).toUpperCase().match(/../g)!.join(":")}`;
    const origin = tenantOrigin(DEMO.slug);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);

    // ---- The register, then "Receive stock". ----
    await page.goto(`${origin}/network/equipment`);
    await expect(page.getByRole("heading", { level: 1, name: "Equipment" })).toBeVisible();
    await expect(page.getByRole("list", { name: "Equipment by status" })).toContainText("ONUs in stock");
    await page.getByRole("link", { name: "Receive stock" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Receive stock" })).toBeVisible();
    const form = page.getByRole("form", { name: "Receive stock" });
    await whenHydrated(form);
    await form.getByLabel("Kind").selectOption("onu");
    await form.getByLabel("Brand").fill("ZTE");
    await form.getByLabel("Model").fill("F670L");
    await form.getByLabel("Cost per unit (₱, optional)").fill("1,850");
    // A paste with a typo and a serial scanned twice: each line's problem shows, and nothing typed is lost.
    const box = form.getByLabel("Serial numbers");
    await box.fill([`${serials[0]},${mac}`, "zt", serials[1], serials[1]!.toLowerCase(), serials[2]].join("\n"));
    await form.getByRole("button", { name: /^Receive 3 devices$/ }).click();
    const lineErrors = form.locator("#field-serials-error");
    await expect(lineErrors).toContainText("Line 2: “zt” is not a serial number");
    await expect(lineErrors).toContainText(`Line 4: ${serials[1]} is already on line 3.`);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Brand")).toHaveValue("ZTE");
    await expect(form.getByLabel("Cost per unit (₱, optional)")).toHaveValue("1,850");
    await fitsAndShoot(page, `equipment-receive-errors-${width}`);

    // Fixed in place: the two bad lines go, the rest stays.
    await box.fill([`${serials[0]} ${mac.toLowerCase()}`, serials[1], serials[2]].join("\n"));
    await expect(lineErrors).toHaveCount(0);
    await form.getByRole("button", { name: "Receive 3 devices" }).click();

    // ---- Back on the list, filtered to ONUs in stock, the three are there. ----
    await page.waitForURL((u) => u.pathname === "/network/equipment" && u.searchParams.get("received") === "3");
    await expect(page.getByRole("status")).toHaveText("Received 3 devices into stock.");
    const search = page.getByRole("searchbox", { name: "Search equipment" });
    await whenHydrated(search);
    await search.fill(tag);
    await expect(page).toHaveURL((u) => u.searchParams.get("q") === tag);
    const rows = page.locator("tbody tr");
    await expect(rows).toHaveCount(3);
    for (const serial of serials) await expect(rows.filter({ hasText: serial })).toContainText("In stock");
    if (width === "desktop") await expect(rows.filter({ hasText: serials[0] })).toContainText(mac);
    if (width === "desktop") await expect(rows.first()).toContainText("₱1,850.00");
    await fitsAndShoot(page, `equipment-list-${width}`);

    // ---- One device's page: hand it to the technician. ----
    await page.getByRole("link", { name: serials[1] }).click();
    await expect(page.getByRole("heading", { level: 1, name: serials[1] })).toBeVisible();
    const history = page.getByRole("list", { name: "Movement history" });
    await expect(history.getByRole("listitem")).toHaveCount(1);
    await expect(history).toContainText("Received → In stock");
    const handOver = page.getByRole("form", { name: "Hand to a technician" });
    await whenHydrated(handOver);
    await handOver.getByLabel("Technician").selectOption({ label: DEMO_TECH_NAME });
    await handOver.getByLabel("Note (optional)").fill("For Monday's installations");
    await handOver.getByRole("button", { name: "Hand over" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Handed to the technician." })).toBeVisible();
    await expect(page.getByText(`With ${DEMO_TECH_NAME}`).first()).toBeVisible();
    await expect(history.getByRole("listitem")).toHaveCount(2);
    const latest = history.getByRole("listitem").first();
    await expect(latest).toContainText("In stock → With technician");
    await expect(latest).toContainText(`Technician: ${DEMO_TECH_NAME}`);
    await expect(latest).toContainText("For Monday's installations");
    await expect(latest).toContainText("By: Maria Santos");
    await fitsAndShoot(page, `equipment-device-${width}`);

    // ---- The list says where it went. ----
    await page.goto(`${origin}/network/equipment?status=with_technician&q=${tag}`);
    await expect(page.locator("tbody tr")).toHaveCount(1);
    // The "where" column on a desktop; the name under the status on a phone.
    await expect(page.locator("tbody tr")).toContainText(width === "desktop" ? `With ${DEMO_TECH_NAME}` : `With technician${DEMO_TECH_NAME}`);

    expect(problems).toEqual([]);
  });
}

test("on a phone with a camera, scanned barcodes are added to the serials, one a line", async ({ page, context }) => {
  test.setTimeout(120_000);
  const problems = await watchBrowserErrors(context);
  await page.setViewportSize(PHONE);
  // Headless Chromium has no BarcodeDetector and no camera: a detector that "sees" two labels (one twice)
  // and a blank canvas for the camera stand in for them.
  const tag = `S${Date.now().toString(36).toUpperCase().slice(-6)}`;
  await context.addInitScript((codes: string[]) => {
    const queue = [...codes];
    (window as unknown as { BarcodeDetector: unknown }).BarcodeDetector = class {
      async detect() {
        const next = queue.shift();
        return next ? [{ rawValue: next }] : [];
      }
    };
    navigator.mediaDevices.getUserMedia = async () => {
      const canvas = document.createElement("canvas");
      canvas.width = 64;
      canvas.height = 48;
      canvas.getContext("2d")!.fillRect(0, 0, 64, 48);
      return canvas.captureStream(5);
    };
  }, [`ZTEG${tag}1`, `ZTEG${tag}1`, `ZTEG${tag}2`]);
  await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
  await page.goto(`${tenantOrigin(DEMO.slug)}/network/equipment/receive`);
  const form = page.getByRole("form", { name: "Receive stock" });
  await whenHydrated(form);
  const box = form.getByLabel("Serial numbers");
  await box.fill("ZTEGTYPED01");
  await form.getByRole("button", { name: "Scan with camera" }).click();
  await expect(form.getByRole("region", { name: "Camera scanner" })).toContainText(`Added 2: ZTEG${tag}2, ZTEG${tag}1`);
  await expect(box).toHaveValue(`ZTEGTYPED01\nZTEG${tag}1\nZTEG${tag}2\n`);
  await fitsAndShoot(page, "equipment-receive-scan-phone");
  await form.getByRole("button", { name: "Done scanning" }).click();
  await expect(form.getByRole("button", { name: "Scan with camera" })).toBeVisible();
  await expect(form.getByRole("button", { name: "Receive 3 devices" })).toBeVisible();
  expect(problems).toEqual([]);
});
