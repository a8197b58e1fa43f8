import { expect, test, type Locator, type Page } from "@playwright/test";
import { DESKTOP, PHONE, shotBothWidths } from "./support/billing";
import { expectAccessible } from "./support/axe";
import { watchBrowserErrors } from "./support/browser-errors";
import { DEMO, tenantOrigin } from "./support/constants";
import { LANDS, logIn, shot } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { horizontalOverflow } from "./support/subscribers";

/** The demo's technician (scripts/seed/demo.ts): same password as the owner. */
const DEMO_TECH = "tech@demo.fiberbill.test";
/** A few metres from NAP-01, the first box on Vamenta Blvd, Carmen (scripts/seed/data/cdo-plant.ts). */
const NEAR_NAP_01 = { latitude: 8.47872, longitude: 124.63431 };

const mapRegion = (page: Page) => page.getByRole("region", { name: "Network map" });
/** The line above the map that says what the view holds ("In view: 8 LCPs · 40 NAPs (grouped) · …"). */
const summary = (page: Page) => page.getByText(/^In view: /);

/** The number before `noun` in the summary ("40 NAPs" -> 40), or 0 when the layer is not in it. */
async function countOf(page: Page, noun: RegExp): Promise<number> {
  const text = (await summary(page).textContent()) ?? "";
  const match = new RegExp(`([\\d,]+) ${noun.source}`).exec(text);
  return match ? Number(match[1]!.replace(/,/g, "")) : 0;
}

/** Until every tile in view has loaded (and there is at least one), so a screenshot shows a map, not grey squares. */
async function tilesLoaded(map: Locator): Promise<void> {
  await expect
    .poll(() => map.locator("img.leaflet-tile").evaluateAll((tiles) => tiles.length > 0 && tiles.every((t) => t.classList.contains("leaflet-tile-loaded"))), { message: "the map's tiles have loaded" })
    .toBe(true);
}

/**
 * Like shotBothWidths, but waits for the map to redraw at each width: Leaflet
 * fetches the tiles of the new size after the resize.
 */
async function shotMapBothWidths(page: Page, name: string): Promise<void> {
  for (const [size, suffix] of [
    [DESKTOP, "desktop"],
    [PHONE, "phone"],
  ] as const) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await tilesLoaded(mapRegion(page));
    await page.waitForTimeout(400); // the canvas repaints on the frame after the move
    if (suffix === "phone") expect.soft(await horizontalOverflow(page), `${name} fits a 390 px phone`).toBeLessThanOrEqual(0);
    await shot(page, `${name}-${suffix}`);
  }
  await page.setViewportSize(DESKTOP);
}

test.describe("network map (issue 14)", () => {
  test("the owner opens the map, toggles layers, keeps to a barangay and finds a NAP by its code", async ({ page, context }) => {
    test.setTimeout(180_000);
    const problems = await watchBrowserErrors(context);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    const origin = tenantOrigin(DEMO.slug);

    // A NAP of the demo, as the NAP list shows it.
    await page.goto(`${origin}/network/plant/naps`);
    const firstNap = page.getByRole("table").locator("tbody tr").first().getByRole("link").first();
    const napCode = /NAP-\d+/.exec((await firstNap.textContent()) ?? "")?.[0];
    const napHref = await firstNap.getAttribute("href");
    expect(napCode, "the NAP list shows a code").toBeTruthy();

    await page.getByRole("navigation", { name: "Network" }).getByRole("link", { name: "Map" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Network map" })).toBeVisible();
    const map = mapRegion(page);
    await expect(map).toBeVisible();
    // City level: the LCPs as points, the NAPs and subscribers grouped, over the (stub) tiles.
    await expect(summary(page)).toContainText("LCPs");
    await expect(summary(page)).toContainText(/NAPs? \(grouped\)/);
    await expect(summary(page)).toContainText(/subscribers? \(grouped\)/);
    await expect(map.locator(".leaflet-marker-icon").first()).toBeVisible();
    await expect(map.locator("canvas")).toHaveCount(1);
    await tilesLoaded(map);
    await shot(page, "map-city-desktop");
    const allNaps = await countOf(page, /NAPs?/);
    expect(allNaps).toBeGreaterThan(0);

    // Layers off and on: the summary (and the map) follow at once.
    const subscribers = page.getByRole("checkbox", { name: "Subscribers" });
    await whenHydrated(subscribers);
    await subscribers.click();
    await expect(subscribers).not.toBeChecked();
    await expect(summary(page)).not.toContainText("subscriber");
    for (const name of ["LCP cabinets", "NAP boxes"]) await page.getByRole("checkbox", { name }).click();
    await expect(page.getByText("Turn on a layer to see the plant.")).toBeVisible();
    await expect(map.locator(".leaflet-marker-icon")).toHaveCount(0);
    for (const name of ["LCP cabinets", "NAP boxes", "Subscribers"]) await page.getByRole("checkbox", { name }).click();
    await expect(summary(page)).toContainText(/subscribers? \(grouped\)/);
    await expect(summary(page)).toContainText("LCPs");

    // One barangay: fewer NAPs in the same view; all barangays again: all of them.
    const barangay = page.getByLabel("Barangay", { exact: true });
    const carmen = await barangay.locator("option", { hasText: /^Carmen,/ }).getAttribute("value");
    await barangay.selectOption(carmen!);
    await expect.poll(() => countOf(page, /NAPs?/)).toBeLessThan(allNaps);
    await barangay.selectOption("");
    await expect.poll(() => countOf(page, /NAPs?/)).toBe(allNaps);

    // Search by NAP code: the map flies to it at street level and its card opens.
    const search = page.getByLabel("Search the map");
    await whenHydrated(search);
    await search.fill(napCode!);
    const hit = page.getByRole("list", { name: "Search results" }).getByRole("button", { name: new RegExp(`^${napCode}\\b`) });
    await hit.click();
    const card = page.getByRole("region", { name: napCode! });
    await expect(card.getByRole("heading", { level: 2, name: napCode! })).toBeVisible();
    await expect(card).toContainText("Free ports");
    await expect(card.getByRole("link", { name: "Open NAP" })).toHaveAttribute("href", napHref!);
    await expect(card.getByRole("link", { name: "Navigate" })).toHaveAttribute("href", /^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=8\.\d+,124\.\d+$/);
    await expect(card.getByRole("link", { name: "Navigate" })).toHaveAttribute("target", "_blank");
    await expect(page).toHaveURL(/zoom=18/);
    // Street level: every layer as points, with the lines from the LCPs to the NAPs and on to the homes.
    await expect(summary(page)).not.toContainText("grouped");
    await expect(summary(page)).toContainText(/\d+ NAPs?/);
    await shotMapBothWidths(page, "map-nap-card");
    // The page's controls, card and legend hold up to axe (light on a desktop, dark on a phone).
    await expectAccessible(page, "network map with a NAP card");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await tilesLoaded(map);
    await shot(page, "map-nap-card-dark-desktop");
    await page.emulateMedia({ colorScheme: "light" });

    // Outage: the card's "Declare outage" -> the form (a missing cause is said next to its field, the
    // rest kept) -> the outage page with the lines cut off and their messages queued -> the map with them
    // ringed; resolved at the end, so "service restored" is queued and the demo is left calm.
    await card.getByRole("link", { name: "Declare outage" }).click();
    const declare = page.getByRole("form", { name: "Declare outage" });
    await whenHydrated(declare.getByRole("button", { name: "Declare outage" }));
    await expect(declare.getByLabel("NAP code", { exact: true })).toHaveValue(napCode!);
    await declare.getByRole("button", { name: "Declare outage" }).click();
    await expect(declare.getByText("Say what happened (a cut cable, a power failure...).")).toBeVisible();
    await expect(declare.getByLabel("NAP code", { exact: true })).toHaveValue(napCode!);
    await declare.getByLabel("Cause", { exact: true }).fill("Drop cable cut by a delivery truck");
    await declare.getByRole("button", { name: "Declare outage" }).click();
    await expect(page.getByRole("heading", { level: 1, name: new RegExp(`^OUT-\\d{4} · NAP ${napCode}$`) })).toBeVisible();
    const affected = page.getByRole("table", { name: "Affected subscribers" }).locator("tbody tr");
    await expect(affected.first()).toBeVisible();
    const cutOff = await affected.count();
    await expect(page.getByText(new RegExp(`^${cutOff} lines? of \\d+ customers?, behind 1 NAP$`))).toBeVisible();
    await expect(page.getByText(/^[1-9]\d* outage messages? queued/)).toBeVisible();
    await shotBothWidths(page, "outage-declared");
    const outageUrl = page.url();
    await page.getByRole("link", { name: "See them on the map" }).click();
    await expect(page).toHaveURL(/outage=[0-9a-f-]{36}/);
    await expect(page.getByText("Subscribers cut off by the outage are ringed")).toBeVisible();
    await tilesLoaded(map);
    await shot(page, "map-outage-desktop");
    await page.goto(outageUrl);
    const resolve = page.getByRole("form", { name: "Resolve outage" });
    await whenHydrated(resolve.getByRole("button", { name: "Resolve outage" }));
    await resolve.getByLabel("What was done", { exact: true }).fill("Drop re-spliced at the pole");
    await resolve.getByRole("button", { name: "Resolve outage" }).click();
    // The page comes back resolved: the form gone, the "service restored" messages counted.
    await expect(resolve).toHaveCount(0);
    await expect(page.getByText(/, [1-9]\d* “service restored”/)).toBeVisible();
    await page.goto(`${origin}/network/map?lat=8.4786&lng=124.6340&zoom=16`);

    // The free-port finder from a click on the map, then from a link (?find=1) with a line to schedule.
    await page.getByRole("button", { name: "Find free port" }).click();
    await expect(page.getByText("Click the map where the premises are.").first()).toBeVisible();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2 + 40, box.y + box.height / 2 + 30);
    const found = page.getByRole("list", { name: "Free ports near the point" }).getByRole("listitem");
    await expect(found.first()).toContainText(/\d+ m away · drop about \d+ m/);
    await expect(found.first().getByRole("link", { name: /^Open NAP-/ })).toHaveAttribute("href", /^\/network\/plant\/naps\/[0-9a-f-]{36}$/);
    const line = "00000000-0000-4000-8000-000000000001";
    await page.goto(`${origin}/network/map?find=1&lat=${NEAR_NAP_01.latitude}&lng=${NEAR_NAP_01.longitude}&line=${line}`);
    await expect(found.first().getByRole("link", { name: /^Choose NAP-/ })).toHaveAttribute("href", new RegExp(`^/network/jobs/new\\?subscription=${line}&nap=[0-9a-f-]{36}$`));

    // No location permission in this context: "Locate me" says why it cannot.
    await page.getByRole("button", { name: "Locate me" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Location is blocked for this site" })).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("with no tile server reachable the map still draws the plant, and says so", async ({ browser }) => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    // Every tile request fails, as offline or behind a firewall.
    await page.route(/^http:\/\/127\.0\.0\.1:\d+\/\d+\/\d+\/\d+\.png$/, (route) => route.abort());
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await page.goto(`${tenantOrigin(DEMO.slug)}/network/map?lat=8.4786&lng=124.6340&zoom=16`);
    await expect(page.getByText("Map tiles unavailable — showing the plant on a plain background")).toBeVisible();
    await expect(mapRegion(page).locator("img.leaflet-tile")).toHaveCount(0);
    await expect(summary(page)).toContainText(/\d+ NAPs?/);
    await page.waitForTimeout(400);
    await shot(page, "map-no-tiles-desktop");
    // The plain background of the dark theme, on a phone.
    await page.emulateMedia({ colorScheme: "dark" });
    await page.setViewportSize(PHONE);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    await page.waitForTimeout(400);
    await shot(page, "map-no-tiles-dark-phone");
    await context.close();
  });

  test("a technician on a phone locates themselves and sees the nearest free ports, nearest first", async ({ browser }) => {
    test.setTimeout(120_000);
    const phone = await browser.newContext({ viewport: PHONE, geolocation: NEAR_NAP_01, permissions: ["geolocation"] });
    const problems = await watchBrowserErrors(phone);
    const page = await phone.newPage();
    await logIn(page, DEMO.slug, DEMO_TECH, DEMO.password, LANDS.Technician);
    await page.goto(`${tenantOrigin(DEMO.slug)}/network/map`);
    const map = mapRegion(page);
    // The map takes the phone's width and most of its height.
    const box = (await map.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(PHONE.width - 1);
    expect(box.height).toBeGreaterThan(PHONE.height * 0.5);

    const locate = page.getByRole("button", { name: "Locate me" });
    await whenHydrated(locate);
    // The layer switches fold away on a phone, behind "Layers".
    const subscribers = page.getByRole("checkbox", { name: "Subscribers" });
    await expect(subscribers).toBeHidden();
    await page.getByRole("button", { name: "Layers" }).click();
    await expect(subscribers).toBeVisible();
    await page.getByRole("button", { name: "Layers" }).click();
    await expect(subscribers).toBeHidden();
    await locate.click();
    const finder = page.getByRole("region", { name: "NAPs around me" });
    await expect(finder).toBeVisible();
    const found = finder.getByRole("list", { name: "Free ports near the point" }).getByRole("listitem");
    await expect(found.first()).toBeVisible();
    const items = await found.allTextContents();
    expect(items.length).toBeGreaterThan(0);
    // "37 m away · drop about 65 m · …": each item's first line of facts.
    const facts = await found.evaluateAll((els) => els.map((el) => el.querySelector("p")?.textContent ?? ""));
    const distances = facts.map((t) => Number(/^([\d,]+) m away/.exec(t)?.[1]?.replace(/,/g, "")));
    expect(distances.every(Number.isFinite), facts.join("\n")).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[0]).toBeLessThan(200);
    // The demo records the chain to the OLT: each NAP comes with the receive power the loss check expects.
    for (const text of items) expect(text).toMatch(/Expected receive power -\d+\.\d dBm/);
    await expect(map.getByText("You are here")).toBeVisible();
    await expect(map.getByText(/^1\. NAP-/)).toBeVisible();
    await expect(page).toHaveURL(/lat=8\.47\d*&lng=124\.63\d*/);
    await tilesLoaded(map);
    await page.waitForTimeout(400);
    await shot(page, "map-technician-phone");

    // The nearest: its NAP page.
    const nearest = /NAP-\d+/.exec(items[0]!)![0];
    await found.first().getByRole("link", { name: `Open ${nearest}` }).click();
    await expect(page.getByRole("heading", { level: 1, name: nearest })).toBeVisible();
    expect(problems).toEqual([]);
    await phone.close();
  });
});
