import { expect, type Locator, type Page } from "@playwright/test";
import jsQR from "jsqr";
import { tenantOrigin } from "./constants";
import { shot } from "./fixtures";
import { whenHydrated } from "./hydration";
import { horizontalOverflow } from "./subscribers";

export const DESKTOP = { width: 1280, height: 720 };
export const PHONE = { width: 390, height: 844 };

/** Screenshots the page at desktop and phone width (checking nothing sticks out sideways on the phone), then returns to desktop. */
export async function shotBothWidths(page: Page, name: string): Promise<void> {
  // From the top: a full-page shot of a scrolled page paints the sticky header halfway down.
  await page.setViewportSize(DESKTOP);
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, `${name}-desktop`);
  await page.setViewportSize(PHONE);
  await page.evaluate(() => window.scrollTo(0, 0));
  const overflow = await horizontalOverflow(page);
  // Soft: the phone shot is still taken, and the message names what sticks out.
  expect.soft(overflow, `${name} fits a 390 px phone${overflow > 0 ? `; widest: ${await widestElements(page)}` : ""}`).toBeLessThanOrEqual(0);
  await shot(page, `${name}-phone`);
  await page.setViewportSize(DESKTOP);
}

/** The innermost elements reaching past the viewport's right edge, as "tag.class (right px)". */
async function widestElements(page: Page): Promise<string> {
  return page.evaluate(() => {
    const limit = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      const right = el.getBoundingClientRect().right;
      if (right <= limit + 0.5) continue;
      if (Array.from(el.children).some((c) => c.getBoundingClientRect().right > limit + 0.5)) continue;
      out.push(`${el.tagName.toLowerCase()}.${String(el.className).split(" ").slice(0, 4).join(".")} "${(el.textContent ?? "").trim().slice(0, 30)}" (${Math.round(right)} px)`);
      if (out.length >= 5) break;
    }
    return out.join("; ");
  });
}

/** Today's calendar date in Asia/Manila (a new tenant's zone), as YYYY-MM-DD. */
export function manilaToday(now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Manila", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** "₱1,759.80" from centavos, written independently of lib/money so the app is checked by other code. */
export function pesos(centavos: number): string {
  const sign = centavos < 0 ? "-" : "";
  const abs = Math.abs(centavos);
  const whole = Math.floor(abs / 100).toLocaleString("en-US");
  return `${sign}₱${whole}.${String(abs % 100).padStart(2, "0")}`;
}

/** "Nov 25, 2026": how the billing pages print a calendar date. */
export function formatLongDate(iso: string): string {
  return new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(`${iso}T00:00:00Z`));
}

export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function daysBetweenIso(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ExpectedFirstInvoice = { serviceLine: string; service: number; installation: number; total: number; periodStart: string; periodEnd: string };

/**
 * The first invoice of a subscription activated on `activatedOn` under a fixed
 * cycle on day 1, not VAT-registered: the days left in the activation month,
 * prorated half-up to the centavo, plus the installation fee. On the 1st the
 * whole month is billed and the line names the period without a day count.
 */
export function firstInvoiceOnDay1Cycle(activatedOn: string, monthlyFee: number, installationFee: number): ExpectedFirstInvoice {
  const periodStart = `${activatedOn.slice(0, 8)}01`;
  const next = new Date(`${periodStart}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  const periodEnd = next.toISOString().slice(0, 10);
  const days = daysBetweenIso(periodStart, periodEnd);
  const covered = daysBetweenIso(activatedOn, periodEnd);
  // Half-up for a positive amount: floor(x + 1/2) in integers.
  const service = Math.floor((2 * monthlyFee * covered + days) / (2 * days));
  const lastDay = addDaysIso(periodEnd, -1);
  const serviceLine =
    covered === days
      ? `${formatLongDate(periodStart)} to ${formatLongDate(lastDay)}`
      : `${formatLongDate(activatedOn)} to ${formatLongDate(lastDay)} (${covered} of ${days} days)`;
  return { serviceLine, service, installation: installationFee, total: service + installationFee, periodStart, periodEnd };
}

/** The error shown under the control labelled `label` inside `form` (the innermost field, not the card around it). */
export function fieldErrorIn(form: Locator, label: string): Locator {
  return form
    .locator('[data-slot="field"]')
    .filter({ has: form.page().getByLabel(label, { exact: true }) })
    .getByRole("alert");
}

/**
 * Downloads a PDF with the page's session and checks it is one: the content
 * type, the %PDF header and a real size. Fetched from inside the page: Node
 * (and so page.request) cannot resolve <slug>.localhost, Chromium can.
 */
export async function expectPdf(page: Page, url: string): Promise<number> {
  const got = await page.evaluate(async (href) => {
    const response = await fetch(href, { credentials: "same-origin" });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return { status: response.status, contentType: response.headers.get("content-type") ?? "", head: String.fromCharCode(...bytes.subarray(0, 5)), size: bytes.length };
  }, url);
  expect(got.status, url).toBe(200);
  expect(got.contentType, url).toContain("application/pdf");
  expect(got.head, `${url} starts like a PDF`).toBe("%PDF-");
  expect(got.size, `${url} is more than 1 KB`).toBeGreaterThan(1024);
  return got.size;
}

/**
 * A run's page: Prepare batch PDF, watch it render in the background, and
 * return the finished file's link. `sawProgress` says whether the progress
 * bar was seen (a small run may finish before the first poll).
 */
export async function prepareBatchPdf(page: Page): Promise<{ href: string; sawProgress: boolean }> {
  const panel = page.getByTestId("batch-pdf");
  const prepare = panel.getByRole("button", { name: /^(Prepare batch PDF \([\d,]+ invoices?\)|Prepare again)$/ });
  await whenHydrated(panel);
  await prepare.click();
  const bar = panel.getByRole("progressbar", { name: "Batch PDF progress" });
  const download = panel.getByRole("link", { name: /^Download batch PDF \([\d,]+ invoices?\)$/ });
  await expect(bar.or(download).first()).toBeVisible();
  const sawProgress = await bar.isVisible();
  await expect(download).toBeVisible({ timeout: 90_000 });
  return { href: (await download.getAttribute("href"))!, sawProgress };
}

/** Barangays > Add barangay: one barangay by hand, landing back on the list. */
export async function addBarangay(page: Page, slug: string, b: { name: string; city: string; province: string }): Promise<void> {
  await page.goto(`${tenantOrigin(slug)}/barangays/new`);
  const form = page.getByRole("form", { name: "Add barangay" });
  await whenHydrated(form);
  await form.getByLabel("Barangay name", { exact: true }).fill(b.name);
  await form.getByLabel("City / municipality", { exact: true }).fill(b.city);
  await form.getByLabel("Province", { exact: true }).fill(b.province);
  await form.getByRole("button", { name: "Add barangay" }).click();
  await expect(page).toHaveURL((u) => u.pathname === "/barangays");
  await expect(page.getByTestId(`barangay-${b.name}`)).toBeVisible();
}

/** The statement of account table on the customer page. */
export function statementTable(page: Page): Locator {
  return page.getByRole("table", { name: "Statement of account" });
}

/** The statement row of one document, by the invoice or receipt number its Document cell starts with. */
export function statementRow(page: Page, ref: string): Locator {
  return statementTable(page)
    .locator("tbody tr")
    .filter({ has: page.locator("td:nth-child(2)", { hasText: new RegExp(`^\\s*${ref}(?!\\d)`) }) });
}

/** A statement row's cells as shown: date, document, description, charges, payments, balance. */
export async function statementCells(row: Locator): Promise<string[]> {
  return (await row.locator("td").allInnerTexts()).map((t) => t.trim());
}

/** The Settings > Billing form. */
export function billingSettingsForm(page: Page): Locator {
  return page.getByRole("form", { name: "Billing settings" });
}

export type BillingSettingsInput = {
  businessName: string;
  address: string;
  tin: string;
  branchCode: string;
  vat: string;
  cycle: string;
  cycleDay: string;
  dueDays: string;
};

/** Fills Settings > Billing (the page must be open) without saving. */
export async function fillBillingSettings(form: Locator, s: BillingSettingsInput): Promise<void> {
  await whenHydrated(form);
  await form.getByLabel("Registered business name", { exact: true }).fill(s.businessName);
  await form.getByLabel("Business address", { exact: true }).fill(s.address);
  await form.getByLabel("TIN", { exact: true }).fill(s.tin);
  await form.getByLabel("Branch code", { exact: true }).fill(s.branchCode);
  await form.getByLabel("VAT", { exact: true }).selectOption({ label: s.vat });
  await form.getByLabel("Billing cycle", { exact: true }).selectOption({ label: s.cycle });
  await form.getByLabel("Cycle day", { exact: true }).selectOption({ label: s.cycleDay });
  await form.getByLabel("Due (days after issue)", { exact: true }).fill(s.dueDays);
}

/**
 * What the QR code on the page says, read from what the browser draws: the
 * inline SVG is painted onto a canvas at 8 px a module and given to a QR
 * reader (jsQR), as a phone camera would see it.
 */
export async function qrTextOn(page: Page): Promise<string | null> {
  const image = await page.getByTestId("bill-qr").evaluate(async (svg) => {
    const size = (svg as SVGSVGElement).viewBox.baseVal.width * 8;
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: "image/svg+xml" }));
    const img = new Image(size, size);
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext("2d")!;
    ctx.drawImage(img, 0, 0, size, size);
    URL.revokeObjectURL(url);
    return { size, data: Array.from(ctx.getImageData(0, 0, size, size).data) };
  });
  return jsQR(new Uint8ClampedArray(image.data), image.size, image.size)?.data ?? null;
}

/** The account summary of the invoice page as [label, amount] rows. */
export async function billSummaryRows(page: Page): Promise<string[][]> {
  const summary = page.getByTestId("bill-summary");
  const labels = await summary.locator("dt").allInnerTexts();
  const amounts = await summary.locator("dd").allInnerTexts();
  return labels.map((l, i) => [l.trim(), amounts[i]!.trim()]);
}

/** "₱2,301.84" / "-₱1,000.00" back to centavos. */
export function centavosOf(text: string): number {
  const negative = text.trim().startsWith("-");
  const digits = text.replace(/[^\d]/g, "");
  return (negative ? -1 : 1) * Number(digits);
}
