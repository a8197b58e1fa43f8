import { writeFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { tenantOrigin } from "./support/constants";
import { watchBrowserErrors } from "./support/browser-errors";
import { whenHydrated } from "./support/hydration";
import { newTenant, shot, signUp } from "./support/fixtures";
import { CDO, horizontalOverflow, importPsgcBarangays } from "./support/subscribers";

const DESKTOP = { width: 1280, height: 720 };
const PHONE = { width: 390, height: 844 };
const FILE_LABEL = "CSV, KML or KMZ file";

/** Screenshots the page at desktop and phone width (nothing may stick out sideways on the phone), then returns to desktop. */
async function shotBothWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  expect(await horizontalOverflow(page), `${name} fits a 390 px phone`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

const PLANT_CSV = [
  "Type,Code,Name,LCP Code,Barangay,Latitude,Longitude,Splitter,Pole No.,Distance from LCP (m),Remarks",
  "LCP,LCP-01,Vamenta cabinet,,Carmen,8.47902,124.63355,1:8,,,Beside the chapel",
  "NAP,NAP-01,Vamenta 1,LCP-01,Carmen,8.47855,124.63402,1:8,P-101,80,",
  "NAP,NAP-02,Vamenta 2,LCP-01,Carmen,8.47982,124.63449,1:16,P-102,230,",
  "NAP,NAP-03,Kauswagan 1,LCP-09,Kauswagan,8.49201,124.63222,1:8,P-201,300,",
].join("\r\n");

const placemark = (name: string, lng: number, lat: number, description = "") =>
  `<Placemark><name>${name}</name><description>${description}</description><Point><coordinates>${lng},${lat},0</coordinates></Point></Placemark>`;
const KML = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Lapasan plant</name>
  <Folder><name>LCP-07 Lapasan</name>
    ${placemark("LCP-07", 124.65571, 8.48152, "Cabinet at C.M. Recto cor. Limketkai, 1:8")}
    ${placemark("NAP-07", 124.65622, 8.48101, "Pole CEPALCO LAP-12")}
  </Folder>
  <Folder><name>NAPs</name>${placemark("NAP-08", 124.65751, 8.48138, "Splitter 1:16")}</Folder>
  <Placemark><name>Feeder route</name><LineString><coordinates>124.653,8.482,0 124.6557,8.4815,0</coordinates></LineString></Placemark>
</Document></kml>`;

test.describe("plant import", () => {
  test("an owner imports LCPs and NAPs from a CSV, skipping the bad row, then boxes drawn in Google Earth", async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    const problems = await watchBrowserErrors(page.context());
    const tenant = newTenant("plantimp", "Plant Fiber");
    await signUp(page, tenant);
    await importPsgcBarangays(page, tenant.slug, { newCount: CDO.barangayCount, already: 0 });

    await page.goto(`${tenantOrigin(tenant.slug)}/network/plant/import`);
    await expect(page.getByRole("heading", { level: 1, name: "Import plant" })).toBeVisible();
    await shotBothWidths(page, "plant-import-upload");
    const csv = testInfo.outputPath("plant.csv");
    await writeFile(csv, PLANT_CSV + "\r\n");
    await whenHydrated(page.getByLabel(FILE_LABEL, { exact: true }));
    await page.getByLabel(FILE_LABEL, { exact: true }).setInputFiles(csv);

    // Checked as soon as it is read: the columns are recognised by their names.
    const preview = page.getByRole("form", { name: "Import plant" });
    await expect(preview.getByText("3 ready", { exact: true })).toBeVisible();
    await expect(preview.getByText("1 with problems", { exact: true })).toBeVisible();
    await expect(preview.getByText("Distance from LCP ← Distance from LCP (m)", { exact: false })).toBeVisible();
    await expect(preview.getByRole("button", { name: "With problems (1)" })).toHaveAttribute("aria-pressed", "true");
    const bad = preview.getByTestId("plant-row-5");
    await expect(bad).toContainText("LCP-09 is not in your plant or this file.");
    await shotBothWidths(page, "plant-import-csv-preview");
    await page.setViewportSize(PHONE);
    await expect(preview.getByTestId("plant-card-5")).toContainText("LCP-09 is not in your plant or this file.");
    await page.setViewportSize(DESKTOP);
    await preview.getByRole("button", { name: "All rows (4)" }).click();
    await expect(preview.getByTestId("plant-row-3")).toContainText("Vamenta 1");
    await expect(preview.getByText("Adds 1 LCP and 2 NAPs with 24 ports; the 1 row with problems is skipped", { exact: false })).toBeVisible();

    await preview.getByRole("button", { name: "Import 3, skip 1" }).click();
    const done = page.getByRole("status").filter({ hasText: "Added 1 LCP and 2 NAPs (24 ports)" });
    await expect(done).toContainText("Skipped 1 row with problems (row 5).");
    await shotBothWidths(page, "plant-import-csv-done");

    // A Google Earth file: the NAP in the LCP's folder hangs on it; the loose one comes in without an LCP, flagged.
    await page.getByRole("button", { name: "Import another file" }).click();
    const kml = testInfo.outputPath("lapasan.kml");
    await writeFile(kml, KML);
    await page.getByLabel(FILE_LABEL, { exact: true }).setInputFiles(kml);
    await expect(preview.getByText("3 ready", { exact: true })).toBeVisible();
    await expect(preview.getByRole("button", { name: "All placemarks (3)" })).toHaveAttribute("aria-pressed", "true");
    await expect(preview.getByText("1 placemark that is not an LCP or NAP point", { exact: false })).toBeVisible();
    await expect(preview.getByTestId("plant-row-3")).toContainText("No LCP given: imported without one");
    await expect(preview.getByTestId("plant-row-2")).toContainText("LCP-07");
    await shotBothWidths(page, "plant-import-kml-preview");
    await preview.getByRole("button", { name: "Import 3 rows" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Added 1 LCP and 2 NAPs (24 ports)" })).toContainText("1 NAP has no LCP yet");
    await shotBothWidths(page, "plant-import-kml-done");

    // The same map again adds nothing: every code is now in the plant.
    await page.getByRole("button", { name: "Import another file" }).click();
    await page.getByLabel(FILE_LABEL, { exact: true }).setInputFiles(kml);
    await expect(preview.getByText("3 with problems", { exact: true })).toBeVisible();
    await expect(preview.getByTestId("plant-row-1")).toContainText("LCP-07 is already in your plant.");
    await expect(preview.getByRole("button", { name: "Import 0, skip 3" })).toBeDisabled();
    expect(problems).toEqual([]);
  });
});
