import { expect, test, type Page } from "@playwright/test";
import { billSummaryRows, centavosOf, prepareBatchPdf, qrTextOn, shotBothWidths } from "./support/billing";
import { watchBrowserErrors } from "./support/browser-errors";
import { DEMO, tenantOrigin } from "./support/constants";
import { LANDS, logIn } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

const origin = tenantOrigin(DEMO.slug);
const CASHIER = "cashier@demo.fiberbill.test";
const SUPPORT = "support@demo.fiberbill.test";

/**
 * Fetches a document link from the page (the browser resolves *.localhost; Node does not), with the
 * page's session, and checks it is a PDF, shown inline or saved as a file.
 */
async function expectPdfAt(page: Page, href: string, disposition: "inline" | "attachment"): Promise<void> {
  const got = await page.evaluate(async (url) => {
    const response = await fetch(url, { credentials: "same-origin" });
    const bytes = new Uint8Array(await response.arrayBuffer());
    return {
      status: response.status,
      type: response.headers.get("content-type"),
      disposition: response.headers.get("content-disposition") ?? "",
      head: String.fromCharCode(...bytes.subarray(0, 5)),
      size: bytes.length,
    };
  }, href);
  expect(got.status, href).toBe(200);
  expect(got.type, href).toBe("application/pdf");
  expect(got.disposition, href).toMatch(new RegExp(`^${disposition}; filename="[^"]+\\.pdf"$`));
  expect(got.head, `${href} starts like a PDF`).toBe("%PDF-");
  expect(got.size).toBeGreaterThan(1024);
}

/** The HTTP status of a same-origin fetch from the page. */
async function statusOf(page: Page, href: string): Promise<number> {
  return page.evaluate(async (url) => (await fetch(url)).status, href);
}

/** The first unpaid invoice of the demo (newest number first): its page's path. */
async function openUnpaidInvoice(page: Page): Promise<string> {
  await page.goto(`${origin}/billing?status=open`);
  const link = page.getByRole("main").getByRole("link", { name: /^INV-\d+$/ }).first();
  await link.click();
  await expect(page).toHaveURL(/\/billing\/invoices\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Invoice INV-\d+$/ })).toBeVisible();
  return new URL(page.url()).pathname;
}

test.describe("documents", () => {
  test("invoice: download, print, send (queued in the outbox, the customer's link opens the PDF), receive payment; then the receipt", async ({ page, context, browser }) => {
    test.setTimeout(240_000);
    const problems = await watchBrowserErrors(context);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    const invoicePath = await openUnpaidInvoice(page);
    const invoiceId = invoicePath.split("/").pop()!;
    const number = (await page.getByRole("heading", { level: 1 }).innerText()).replace("Invoice ", "");
    const balance = (await page.getByTestId("invoice-balance").innerText()).trim();

    // ---- The bill a subscriber reads: the summary adds up, the QR code holds the account and the amount due, how to pay is the ISP's. ----
    const rows = await billSummaryRows(page);
    expect(rows.map(([label]) => label)).toEqual([
      expect.stringMatching(/^Previous balance( \(INV-\d+, \w{3} \d{1,2}, \d{4}\))?$/),
      expect.stringMatching(/^Payments received( since \w{3} \d{1,2}, \d{4})?$/),
      "Current charges (this invoice)",
      "Total amount due",
    ]);
    const [previous, payments, current, totalDue] = rows.map(([, amount]) => centavosOf(amount!)) as [number, number, number, number];
    expect(payments).toBeLessThanOrEqual(0);
    expect(totalDue).toBe(Math.max(0, previous + payments + current));
    const scanned = await qrTextOn(page);
    const account = /^fiberbill:(ACC-\d{6})\?due=(\d+\.\d{2})$/.exec(scanned ?? "");
    expect(account, `QR code: ${scanned}`).not.toBeNull();
    expect(Math.round(Number(account![2]) * 100)).toBe(totalDue);
    await expect(page.getByRole("main").getByText(account![1]!, { exact: true }).first()).toBeVisible();
    if (totalDue > 0) await expect(page.getByTestId("bill-disconnection")).toHaveText(/^Service may be disconnected on \w{3} \d{1,2}, \d{4} if unpaid\.$/);
    const payTo = page.getByTestId("pay-to");
    expect((await payTo.locator("dt").allInnerTexts()).map((t) => t.trim())).toEqual(["GCash", "Maya", "Bank", "Bank", "Office hours"]);
    await expect(payTo).toContainText("0917 123 0000 (Demo Fiber Internet Services)");
    await shotBothWidths(page, "documents-invoice-bill");

    // ---- Download PDF and Print: the same PDF, saved as a file or shown inline for the browser's print. ----
    const download = page.getByRole("link", { name: "Download PDF" });
    await expect(download).toHaveAttribute("href", `/api/pdf/invoices/${invoiceId}?download=1`);
    await expectPdfAt(page, (await download.getAttribute("href"))!, "attachment");
    const saved = page.waitForEvent("download");
    await download.click();
    expect((await saved).suggestedFilename()).toBe(`${number}.pdf`);
    const print = page.getByRole("link", { name: "Print" });
    await expect(print).toHaveAttribute("target", "_blank");
    await expectPdfAt(page, (await print.getAttribute("href"))!, "inline");

    // ---- Send: what will go out is said before, what was queued after. ----
    const send = page.getByRole("form", { name: "Send invoice" });
    await whenHydrated(send);
    await expect(send).toContainText(/SMS to \+639\d{9}/);
    await send.getByRole("button", { name: "Send invoice to customer" }).click();
    const result = send.getByTestId("send-result");
    await expect(result).toContainText(/^Queued \d messages? for /);
    await expect(result.getByRole("listitem").first()).toHaveText(/^SMS to \+639\d{9}$/);
    await expect(send.getByRole("button", { name: "Send invoice again" })).toBeVisible();
    await shotBothWidths(page, "documents-invoice-sent");

    // The outbox shows it, with the signed link in its text.
    await send.getByRole("link", { name: "See them in the outbox" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/notifications" && u.searchParams.get("template") === "invoice_sent");
    const body = page.locator(`p[title*="${number}"]`).first();
    await expect(body).toBeVisible();
    await expect(page.getByRole("table").getByText("Invoice sent by staff").first()).toBeVisible();
    const text = (await body.getAttribute("title"))!;
    expect(text).toContain(`bill ${number} is PHP`);
    const link = /(http:\/\/\S+\/d\/[A-Za-z0-9_-]+)/.exec(text)?.[1];
    expect(link, text).toBeTruthy();
    expect(new URL(link!).origin).toBe(origin);

    // ---- The customer opens the link without an account. ----
    const stranger = await browser.newContext();
    const strangerProblems = await watchBrowserErrors(stranger);
    const customer = await stranger.newPage();
    await customer.goto(link!);
    await expect(customer.getByText(`Invoice ${number}`)).toBeVisible();
    await expect(customer.getByTestId("shared-amount")).toHaveText(balance);
    const openPdf = customer.getByRole("link", { name: "Open PDF" });
    await expect(openPdf).toHaveAttribute("target", "_blank");
    await expectPdfAt(customer, (await openPdf.getAttribute("href"))!, "inline");
    await expectPdfAt(customer, (await customer.getByRole("link", { name: "Download" }).getAttribute("href"))!, "attachment");
    await shotBothWidths(customer, "documents-shared-invoice");
    // An altered link: a clear page, not an error.
    const token = link!.split("/d/")[1]!;
    const altered = `${origin}/d/${token.slice(0, 30)}${token[30] === "A" ? "B" : "A"}${token.slice(31)}`;
    const alteredResponse = await customer.goto(altered);
    expect(alteredResponse?.status()).toBe(200);
    await expect(customer.getByText("This link is not valid")).toBeVisible();
    await expect(customer.getByTestId("shared-problem")).toContainText("ask Demo Fiber to send the document again");
    await shotBothWidths(customer, "documents-shared-invalid");
    expect(strangerProblems).toEqual([]);
    // (The browser logs the 404s below as console errors: they are what is expected here.)
    expect(await statusOf(customer, `${altered}/pdf`)).toBe(404);
    // The same token on a host that is no workspace of ours: not found, not a server error.
    const elsewhere = await customer.goto(link!.replace(`//${DEMO.slug}.`, "//no-such-isp."));
    expect(elsewhere?.status()).toBe(404);
    await stranger.close();

    // ---- Receive payment: the cashier screen on this customer, this invoice ticked, its balance filled in. ----
    await page.goto(`${origin}${invoicePath}`);
    await page.getByRole("link", { name: "Receive payment" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/payments" && u.searchParams.get("invoice") === invoiceId && Boolean(u.searchParams.get("customer")));
    const counter = page.getByRole("form", { name: "Post a payment" });
    await whenHydrated(counter);
    await expect(counter.locator(`input[name="invoiceIds[]"][value="${invoiceId}"]`)).toBeChecked();
    await expect(counter.locator('input[name="invoiceIds[]"]:checked')).toHaveCount(1);
    await expect(counter.getByLabel("Amount received (₱)")).toHaveValue(balance.replace(/[₱,]/g, ""));
    await shotBothWidths(page, "documents-receive-payment");
    await counter.getByRole("button", { name: "Post payment" }).click();
    // The posted summary itself (earlier receipts of the account are on the page too), paid to this invoice.
    const posted = page.getByRole("status").filter({ hasText: /^Posted ₱[\d,.]+: receipt PR-\d+/ });
    await expect(posted).toBeVisible();
    await expect(posted).toContainText(`Paid to ${number}`);

    // ---- The receipt: Download PDF, Send, and back. ----
    await page.goto(`${origin}${invoicePath}`);
    await expect(page.getByTestId("invoice-balance")).toHaveText("₱0.00");
    // Paid in full: nothing left to receive.
    await expect(page.getByRole("link", { name: "Receive payment" })).toHaveCount(0);
    await page.getByRole("main").getByRole("link", { name: /^PR-\d+$/ }).first().click();
    await expect(page).toHaveURL(/\/payments\/[0-9a-f-]{36}$/);
    const paymentId = new URL(page.url()).pathname.split("/").pop()!;
    const receiptDownload = page.getByRole("link", { name: "Download PDF" });
    await expect(receiptDownload).toHaveAttribute("href", `/api/pdf/receipts/${paymentId}?download=1`);
    await expectPdfAt(page, (await receiptDownload.getAttribute("href"))!, "attachment");
    const sendReceipt = page.getByRole("form", { name: "Send receipt" });
    await whenHydrated(sendReceipt);
    await sendReceipt.getByRole("button", { name: "Send receipt to customer" }).click();
    await expect(sendReceipt.getByTestId("send-result")).toContainText(/^Queued \d messages? for /);
    await shotBothWidths(page, "documents-receipt-sent");
    // The print view leads back to the receipt, and the receipt back to the customer's account at the counter.
    await page.goto(`${origin}/receipts/${paymentId}`);
    await expectPdfAt(page, (await page.getByRole("link", { name: "Download PDF" }).getAttribute("href"))!, "attachment");
    await page.getByRole("link", { name: "Back" }).click();
    await expect(page).toHaveURL(`${origin}/payments/${paymentId}`);
    await page.getByRole("link", { name: "Back to account" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/payments" && Boolean(u.searchParams.get("customer")));
    await expect(page.getByRole("form", { name: "Post a payment" })).toBeVisible();

    // The audit log tells it in words.
    await page.goto(`${origin}/settings/audit?action=invoice.send`);
    await expect(page.getByRole("main").getByText(new RegExp(`sent invoice ${number} to .+ by SMS`)).first()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test("a billing run's batch PDF is prepared in the background with its progress shown, then downloaded", async ({ page, context }) => {
    test.setTimeout(180_000);
    const problems = await watchBrowserErrors(context);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    await page.goto(`${origin}/billing/run`);
    await page.getByRole("main").locator('a[href^="/billing/runs/"]').first().click();
    await expect(page).toHaveURL(/\/billing\/runs\/[0-9a-f-]{36}$/);
    const { href, sawProgress } = await prepareBatchPdf(page);
    expect(href).toMatch(/^\/api\/jobs\/[0-9a-f-]{36}\/file$/);
    await expectPdfAt(page, href, "attachment");
    await shotBothWidths(page, "documents-billing-run");
    // The demo's runs have hundreds of invoices: long enough to see the progress bar at least once in a few tries.
    test.info().annotations.push({ type: "progress", description: sawProgress ? "progress bar seen" : "finished before the first poll" });
    // While it renders, the page shows how far it is; the file stays offered after a reload.
    await page.getByRole("button", { name: "Prepare again" }).click();
    await expect(page.getByRole("progressbar", { name: "Batch PDF progress" })).toBeVisible();
    await expect(page.getByTestId("batch-pdf").getByRole("status")).toContainText(/Waiting to start…|Rendering invoices: [\d,]+ of [\d,]+ invoices/);
    await shotBothWidths(page, "documents-billing-run-progress");
    await expect(page.getByRole("link", { name: /^Download batch PDF/ })).toBeVisible({ timeout: 90_000 });
    await page.reload();
    await expect(page.getByRole("link", { name: /^Download batch PDF/ })).toHaveAttribute("href", /^\/api\/jobs\/[0-9a-f-]{36}\/file$/);
    expect(problems).toEqual([]);
  });

  test("Receive payment is offered only to staff who may post payments", async ({ page }) => {
    // Support views invoices and customers but takes no money.
    await logIn(page, DEMO.slug, SUPPORT, DEMO.password, LANDS.Support);
    const invoicePath = await openUnpaidInvoice(page);
    await expect(page.getByRole("link", { name: "Download PDF" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Receive payment" })).toHaveCount(0);
    await page.locator('main a[href^="/customers/"]').first().click();
    await expect(page).toHaveURL(/\/customers\/[0-9a-f-]{36}$/);
    const customerPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Receive payment" })).toHaveCount(0);

    await page.context().clearCookies();
    await logIn(page, DEMO.slug, CASHIER, DEMO.password, LANDS.Cashier);
    await page.goto(`${origin}${invoicePath}`);
    await expect(page.getByRole("link", { name: "Receive payment" })).toBeVisible();
    await page.goto(`${origin}${customerPath}`);
    await page.getByRole("link", { name: "Receive payment" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/payments" && u.searchParams.get("customer") === customerPath.split("/").pop());
    await expect(page.getByRole("form", { name: "Post a payment" })).toBeVisible();
    await shotBothWidths(page, "documents-customer-receive-payment");
  });
});
