import { expect, test, type Page } from "@playwright/test";
import {
  addBarangay,
  addDaysIso,
  billingSettingsForm,
  billSummaryRows,
  expectPdf,
  fieldErrorIn,
  fillBillingSettings,
  firstInvoiceOnDay1Cycle,
  formatLongDate,
  manilaToday,
  pesos,
  prepareBatchPdf,
  qrTextOn,
  shotBothWidths,
  statementCells,
  statementRow,
  statementTable,
  type BillingSettingsInput,
} from "./support/billing";
import { tenantOrigin } from "./support/constants";
import { newTenant, signUp } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { addCustomer, addPlan, CDO, customerForm, FIBER_50, JUAN, subscribeAndActivate } from "./support/subscribers";

const SELLER: BillingSettingsInput = {
  businessName: "Juan Dela Cruz doing business as JDC Fiber",
  address: "12 Corrales Ave, Carmen, Cagayan de Oro City, Misamis Oriental",
  tin: "123-456-789",
  branchCode: "0000",
  vat: "Not VAT-registered",
  cycle: "Fixed day for everyone",
  cycleDay: "Day 1",
  dueDays: "7",
};
// Fiber 50 in centavos, as FIBER_50 types them ("1,299" and "1,500").
const MONTHLY_FEE = 1_299_00;
const INSTALLATION_FEE = 1_500_00;
const PAID = 1_000_00;
const GCASH_REF = "GC-E2E-1";
const VOID_REASON = "Customer's GCash transfer was reversed by the bank";
/** Settings > Billing > How customers pay, as typed. */
const PAY_TO = {
  gcashNumber: "0917 555 0101",
  gcashName: "Juan Dela Cruz",
  mayaNumber: "0918 555 0202",
  mayaName: "JDC Fiber",
  bankAccounts: ["BDO Savings 0012 3456 7890, JDC Fiber Internet Services", "LandBank Current 1234-5678-90, Juan Dela Cruz"],
  officeHours: "Mon–Sat 8:00 AM – 5:00 PM, 12 Corrales Ave, Carmen",
};
/** Juan runs a store: his TIN with its branch code, as he gave it. */
const JUAN_TIN = "987-654-321-00000";
/** The new tenant's grace days (the default): unpaid lines are suspended the day after due + grace. */
const GRACE_DAYS = 5;

/** The invoice detail's table of lines: [description, amount] per line. */
async function invoiceLines(page: Page): Promise<string[][]> {
  const table = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Description" }) });
  const rows = table.locator("tbody tr");
  const out: string[][] = [];
  for (const row of await rows.all()) out.push((await row.locator("td").allInnerTexts()).map((t) => t.trim()));
  return out;
}

/** Payments: finds the customer by account number; one match opens the account at once. */
async function findAtCounter(page: Page, origin: string, accountNo: string): Promise<void> {
  if (!page.url().startsWith(`${origin}/payments`)) await page.goto(`${origin}/payments`);
  const search = page.getByRole("searchbox", { name: "Find a customer by account number, name or mobile" });
  await whenHydrated(search);
  await search.fill(accountNo);
  await search.press("Enter");
  await expect(page).toHaveURL((u) => u.pathname === "/payments" && u.searchParams.get("q") === accountNo);
  await whenHydrated(page.getByRole("form", { name: "Post a payment" }));
}

test.describe("billing", () => {
  test("the owner sets up billing, runs it, takes a GCash payment, prints the receipt and voids it", async ({ page, context }) => {
    test.setTimeout(300_000);
    // The print view opens the print dialog by itself; count the calls instead of opening a dialog headless Chromium cannot show.
    await context.addInitScript(() => {
      const w = window as unknown as { __printCalls: number };
      w.__printCalls = 0;
      window.print = () => {
        w.__printCalls += 1;
      };
    });

    const tenant = newTenant("billing", "Billing Fiber");
    await signUp(page, tenant);
    const origin = tenantOrigin(tenant.slug);
    const today = manilaToday();
    const expected = firstInvoiceOnDay1Cycle(today, MONTHLY_FEE, INSTALLATION_FEE);

    // The register: one barangay by hand, Fiber 50, Juan on it, activated today.
    await addBarangay(page, tenant.slug, { name: "Carmen", city: CDO.city, province: CDO.province });
    await addPlan(page, tenant.slug, FIBER_50);
    const juan = await addCustomer(page, tenant.slug, JUAN);
    await subscribeAndActivate(page, FIBER_50.name);

    // ---- 1. Settings > Billing: a bad TIN first, then the real one. ----
    await page.goto(`${origin}/settings/billing`);
    await expect(page.getByRole("heading", { level: 1, name: "Billing settings" })).toBeVisible();
    await expect(page.getByRole("note")).toContainText("Not saved yet.");
    const settings = billingSettingsForm(page);
    await fillBillingSettings(settings, { ...SELLER, tin: "123-456-78" });
    await settings.getByRole("button", { name: "Save billing settings" }).click();
    await expect(fieldErrorIn(settings, "TIN")).toHaveText("A TIN has 9 digits, like 123-456-789.");
    // Only the TIN complains; the form takes the person to it, and nothing typed is lost.
    await expect(settings.locator('[data-slot="field"] [role="alert"]')).toHaveCount(1);
    await expect(settings.getByLabel("TIN", { exact: true })).toBeFocused();
    await expect(settings.getByLabel("TIN", { exact: true })).toHaveAccessibleDescription("A TIN has 9 digits, like 123-456-789.");
    await expect(settings.getByLabel("TIN", { exact: true })).toHaveValue("123-456-78");
    await expect(settings.getByLabel("Registered business name", { exact: true })).toHaveValue(SELLER.businessName);
    await expect(settings.getByLabel("Business address", { exact: true })).toHaveValue(SELLER.address);
    await expect(settings.getByLabel("VAT", { exact: true }).locator("option:checked")).toHaveText(SELLER.vat);
    await expect(settings.getByLabel("Cycle day", { exact: true }).locator("option:checked")).toHaveText(SELLER.cycleDay);
    await shotBothWidths(page, "billing-settings-errors");

    await settings.getByLabel("TIN", { exact: true }).fill(SELLER.tin);
    await settings.getByRole("button", { name: "Save billing settings" }).click();
    await expect(settings.getByRole("status")).toHaveText("Billing settings saved. They apply to documents issued from now on.");
    await expect(settings.locator('[data-slot="field"] [role="alert"]')).toHaveCount(0);
    // Saved for real: a fresh load shows the values and no "not saved" note.
    await page.reload();
    await whenHydrated(settings);
    await expect(page.getByRole("note")).toHaveCount(0);
    await expect(settings.getByLabel("TIN", { exact: true })).toHaveValue(SELLER.tin);
    await expect(settings.getByLabel("Branch code", { exact: true })).toHaveValue(SELLER.branchCode);
    await expect(settings.getByLabel("VAT", { exact: true }).locator("option:checked")).toHaveText(SELLER.vat);
    await expect(settings.getByLabel("Billing cycle", { exact: true }).locator("option:checked")).toHaveText(SELLER.cycle);
    await expect(settings.getByLabel("Cycle day", { exact: true }).locator("option:checked")).toHaveText(SELLER.cycleDay);
    await expect(settings.getByLabel("Due (days after issue)", { exact: true })).toHaveValue(SELLER.dueDays);

    // ---- 1b. How customers pay: a landline for GCash and a Maya name without its number are refused next to each field. ----
    await settings.getByLabel("GCash number", { exact: true }).fill("088 856 1234");
    await settings.getByLabel("GCash account name", { exact: true }).fill(PAY_TO.gcashName);
    await settings.getByLabel("Maya account name", { exact: true }).fill(PAY_TO.mayaName);
    await settings.getByRole("button", { name: "Save billing settings" }).click();
    await expect(fieldErrorIn(settings, "GCash number")).toHaveText("Enter the GCash number as a Philippine mobile number, like 0917 123 4567.");
    await expect(fieldErrorIn(settings, "Maya number")).toHaveText("Enter the Maya number, or clear the account name.");
    await expect(settings.locator('[data-slot="field"] [role="alert"]')).toHaveCount(2);
    await expect(settings.getByLabel("GCash number", { exact: true })).toBeFocused();
    await expect(settings.getByLabel("GCash account name", { exact: true })).toHaveValue(PAY_TO.gcashName);
    await shotBothWidths(page, "billing-settings-pay-errors");
    await settings.getByLabel("GCash number", { exact: true }).fill(PAY_TO.gcashNumber);
    await settings.getByLabel("Maya number", { exact: true }).fill(PAY_TO.mayaNumber);
    await settings.getByLabel("Bank accounts", { exact: true }).fill(PAY_TO.bankAccounts.join("\n"));
    await settings.getByLabel("Office hours", { exact: true }).fill(PAY_TO.officeHours);
    await settings.getByRole("button", { name: "Save billing settings" }).click();
    await expect(settings.getByRole("status")).toHaveText("Billing settings saved. They apply to documents issued from now on.");
    await page.reload();
    await whenHydrated(settings);
    await expect(settings.getByLabel("GCash number", { exact: true })).toHaveValue(PAY_TO.gcashNumber);
    await expect(settings.getByLabel("Maya number", { exact: true })).toHaveValue(PAY_TO.mayaNumber);
    await expect(settings.getByLabel("Bank accounts", { exact: true })).toHaveValue(PAY_TO.bankAccounts.join("\n"));
    await expect(settings.getByLabel("Office hours", { exact: true })).toHaveValue(PAY_TO.officeHours);
    await page.goto(`${origin}/settings/audit?action=billing_settings.update`);
    await expect(page.getByRole("main").getByText(/GCash account name none → Juan Dela Cruz/).first()).toBeVisible();

    // ---- 1c. Juan runs a store: his TIN on his customer record (a short one is refused first). ----
    await page.goto(`${origin}/customers/${juan.id}/edit`);
    const edit = customerForm(page, "Edit customer");
    await whenHydrated(edit);
    await edit.getByLabel("TIN (business customers)", { exact: true }).fill("987-654-32");
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(fieldErrorIn(edit, "TIN (business customers)")).toContainText("A TIN has 9 digits, like 123-456-789");
    await edit.getByLabel("TIN (business customers)", { exact: true }).fill(JUAN_TIN);
    await edit.getByRole("button", { name: "Save changes" }).click();
    await expect(page).toHaveURL(`${origin}/customers/${juan.id}?saved=1`);
    await expect(page.getByRole("main").getByText(JUAN_TIN, { exact: true })).toBeVisible();

    // ---- 2. Billing > Run billing for today: preview, then create. ----
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Billing" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Invoices" })).toBeVisible();
    // Clicked before the page hydrates, the tab's client navigation can be lost under load.
    const runTab = page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Run billing" });
    await whenHydrated(runTab);
    await runTab.click();
    await expect(page.getByRole("heading", { level: 1, name: "Run billing" })).toBeVisible();
    await expect(page.getByLabel("Billing date", { exact: true })).toHaveValue(today);
    await page.getByRole("form", { name: "Preview a billing run" }).getByRole("button", { name: "Preview" }).click();
    await expect(page).toHaveURL((u) => u.pathname === "/billing/run" && u.searchParams.get("date") === today);
    const preview = page.getByRole("region", { name: "Preview" });
    await expect(preview.getByText("Nothing has been written yet.", { exact: false })).toBeVisible();
    const previewRows = preview.getByRole("table").locator("tbody tr");
    await expect(previewRows).toHaveCount(1);
    const previewRow = previewRows.first();
    await expect(previewRow).toContainText(juan.accountNo);
    await expect(previewRow).toContainText("Dela Cruz, Juan");
    const previewLines = previewRow.locator("li");
    await expect(previewLines).toHaveCount(2);
    await expect(previewLines.nth(0)).toHaveText(`${FIBER_50.name}, ${expected.serviceLine}${pesos(expected.service)}`);
    await expect(previewLines.nth(1)).toHaveText(`Installation fee${pesos(INSTALLATION_FEE)}`);
    await expect(previewRow.locator("td").last()).toHaveText(pesos(expected.total));
    await expect(preview.getByRole("table").locator("tfoot")).toContainText("1 invoice");
    await expect(preview.getByRole("table").locator("tfoot")).toContainText(pesos(expected.total));
    const create = preview.getByRole("form", { name: "Create invoices" });
    await whenHydrated(create);
    await expect(create).toContainText(`Totalling ${pesos(expected.total)}.`);
    await shotBothWidths(page, "billing-run-preview");

    await create.getByRole("button", { name: "Create 1 invoice" }).click();
    // The e2e server runs every billing run in the background (BACKGROUND_RUN_SUBSCRIPTIONS=0): the form follows it, then opens the run.
    // Creating leads to the run's result page. Soft, so one wrong landing still lets the rest of the walk be checked:
    // the run list on the run page then gets us there.
    const result = page.getByRole("heading", { level: 1, name: /^Billing run of / });
    await expect(create.getByRole("progressbar", { name: "Billing run progress" }).or(result).first()).toBeVisible();
    await expect(result.or(page.getByText("Nothing to invoice for that date", { exact: false }))).toBeVisible({ timeout: 30_000 });
    await expect.soft(page, "Create lands on the run's result page").toHaveURL(/\/billing\/runs\/[0-9a-f-]{36}$/);
    if (!(await result.isVisible())) await page.getByRole("link", { name: formatLongDate(today) }).first().click();
    await expect(page).toHaveURL(/\/billing\/runs\/[0-9a-f-]{36}$/);
    const created = page.getByRole("status").filter({ hasText: "created" });
    await expect(created).toContainText(`1 invoice created, totalling ${pesos(expected.total)}`);
    await expect(created).toContainText("Invoice INV-00000001.");
    await expectPdf(page, `${origin}${(await prepareBatchPdf(page)).href}`);
    // The same date again: nothing new.
    await page.goto(`${origin}/billing/run?date=${today}`);
    await expect(page.getByRole("status")).toContainText("Nothing to invoice for that date: every due period is already billed.");
    await expect(page.getByRole("button", { name: /^Create / })).toHaveCount(0);

    // The invoice list shows it, then its detail.
    await page.getByRole("navigation", { name: "Billing" }).getByRole("link", { name: "Invoices" }).click();
    const listRow = page.getByRole("table").locator("tbody tr").filter({ has: page.getByRole("link", { name: "INV-00000001" }) });
    await expect(listRow).toHaveCount(1);
    await expect(listRow).toContainText("Dela Cruz, Juan");
    await expect(listRow).toContainText(pesos(expected.total));
    await listRow.getByRole("link", { name: "INV-00000001" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Invoice INV-00000001" })).toBeVisible();
    const invoiceId = /\/billing\/invoices\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
    const main = page.getByRole("main");
    await expect(main.getByText(SELLER.businessName, { exact: true })).toBeVisible();
    await expect(main.getByText(SELLER.address, { exact: true })).toBeVisible();
    // The stored TIN is 9 digits; the seller header prints it as the BIR does, with dashes and the branch code.
    await expect(main.getByText(/^TIN 123-?456-?789-0000$/)).toBeVisible();
    await expect.soft(main.getByText(/^TIN 123/), "the invoice prints the TIN with dashes, like the receipt").toHaveText("TIN 123-456-789-0000");
    // The buyer's TIN and full address, as RR 7-2024 asks for a business buyer.
    await expect(main.getByText(`TIN ${JUAN_TIN}`, { exact: true })).toBeVisible();
    await expect(main.getByText(`${JUAN.address}, Carmen, ${CDO.city}, ${CDO.province}`, { exact: true })).toBeVisible();
    await expect(main.getByText("NON-VAT REGISTERED", { exact: true })).toBeVisible();
    await expect(main.getByText("THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX", { exact: true })).toBeVisible();
    expect(await invoiceLines(page)).toEqual([
      [`${FIBER_50.name}, ${expected.serviceLine}`, pesos(expected.service)],
      ["Installation fee", pesos(INSTALLATION_FEE)],
    ]);
    const footer = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "Description" }) }).locator("tfoot");
    await expect(footer.getByRole("row", { name: `Current charges ${pesos(expected.total)}` })).toBeVisible();
    // Not VAT-registered: no VAT lines at all.
    await expect(footer.getByText(/VAT/)).toHaveCount(0);
    await expect(page.getByTestId("invoice-balance")).toHaveText(pesos(expected.total));
    // The account summary of a first bill: nothing before it, so the invoice is the amount due.
    const due = addDaysIso(today, Number(SELLER.dueDays));
    expect(await billSummaryRows(page)).toEqual([
      ["Previous balance", pesos(0)],
      ["Payments received", pesos(0)],
      ["Current charges (this invoice)", pesos(expected.total)],
      ["Total amount due", pesos(expected.total)],
    ]);
    const bill = page.getByRole("region", { name: "Account summary" });
    await expect(bill).toContainText(`Please pay by ${formatLongDate(due)}.`);
    await expect(page.getByTestId("bill-disconnection")).toHaveText(`Service may be disconnected on ${formatLongDate(addDaysIso(due, GRACE_DAYS + 1))} if unpaid.`);
    const qrText = `fiberbill:${juan.accountNo}?due=${(expected.total / 100).toFixed(2)}`;
    await expect(bill.getByRole("img", { name: `QR code: account ${juan.accountNo}, amount due ${pesos(expected.total)}` })).toBeVisible();
    expect(await qrTextOn(page), "the QR code scans to the account and the amount due").toBe(qrText);
    const payTo = page.getByTestId("pay-to");
    expect((await payTo.locator("dt").allInnerTexts()).map((t) => t.trim())).toEqual(["GCash", "Maya", "Bank", "Bank", "Office hours"]);
    expect((await payTo.locator("dd").allInnerTexts()).map((t) => t.trim())).toEqual([
      `${PAY_TO.gcashNumber} (${PAY_TO.gcashName})`,
      `${PAY_TO.mayaNumber} (${PAY_TO.mayaName})`,
      ...PAY_TO.bankAccounts,
      PAY_TO.officeHours,
    ]);
    await shotBothWidths(page, "billing-invoice-detail");
    await expectPdf(page, `${origin}/api/pdf/invoices/${invoiceId}`);

    // ---- 3. Payments: part of the total by GCash. ----
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Payments" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payments" })).toBeVisible();
    // The cashier scans the bill's QR code: the scanner types its text into the search, and the account opens.
    const search = page.getByRole("searchbox", { name: "Find a customer by account number, name or mobile" });
    await whenHydrated(search);
    await search.fill(qrText);
    await search.press("Enter");
    await expect(page).toHaveURL((u) => u.pathname === "/payments" && u.searchParams.get("q") === qrText);
    await whenHydrated(page.getByRole("form", { name: "Post a payment" }));
    await expect(page.getByText("Juan Dela Cruz", { exact: false }).first()).toBeVisible();
    await expect(page.getByText(pesos(expected.total), { exact: true }).first()).toBeVisible();
    const pay = page.getByRole("form", { name: "Post a payment" });
    await pay.getByLabel("Amount received (₱)", { exact: true }).fill("1,000");
    await pay.getByLabel("Method", { exact: true }).selectOption({ label: "GCash" });
    // GCash without its reference: the field says so.
    await pay.getByRole("button", { name: "Post payment" }).click();
    await expect(fieldErrorIn(pay, "Reference number (required)")).toHaveText("Enter the reference number: it is required for GCash, Maya and bank transfers.");
    await expect(pay.getByLabel("Amount received (₱)", { exact: true })).toHaveValue("1,000");
    await pay.getByLabel("Reference number (required)", { exact: true }).fill(GCASH_REF);
    await pay.getByRole("button", { name: "Post payment" }).click();
    const posted = page.getByRole("status").filter({ hasText: "Posted" });
    await expect(posted).toContainText(`Posted ${pesos(PAID)}: receipt PR-00000001`);
    await expect(posted.getByRole("listitem")).toHaveText([`Paid to INV-00000001${pesos(PAID)}`]);
    await expect(posted).not.toContainText("Credit for the next invoice");
    const print = page.getByRole("link", { name: "Print receipt" });
    await expect(print).toHaveAttribute("target", "_blank");
    const paymentId = /^\/receipts\/([0-9a-f-]{36})\?print=1$/.exec((await print.getAttribute("href")) ?? "")?.[1];
    expect(paymentId, "Print receipt links to the print view").toBeTruthy();
    await shotBothWidths(page, "billing-cashier-posted");

    // The print view opens in a new tab and starts printing by itself.
    const [receipt] = await Promise.all([page.waitForEvent("popup"), print.click()]);
    await expect(receipt).toHaveURL(`${origin}/receipts/${paymentId}?print=1`);
    await expect.poll(() => receipt.evaluate(() => (window as unknown as { __printCalls: number }).__printCalls), { message: "the print dialog was asked for" }).toBeGreaterThanOrEqual(1);
    const doc = receipt.getByRole("article", { name: "Payment receipt PR-00000001" });
    await expect(doc.getByRole("heading", { level: 1, name: "PAYMENT RECEIPT" })).toBeVisible();
    await expect(doc).toContainText("No. PR-00000001");
    await expect(doc).toContainText(SELLER.businessName);
    await expect(doc).toContainText("TIN 123-456-789-0000");
    await expect(doc).toContainText("NON-VAT REGISTERED");
    await expect(doc).toContainText("Juan Dela Cruz");
    await expect(doc.getByText(pesos(PAID), { exact: true }).first()).toBeVisible();
    await expect(doc).toContainText(`Amount received${pesos(PAID)}`);
    await expect(doc).toContainText("GCash");
    await expect(doc).toContainText(GCASH_REF);
    await expect(doc).toContainText("INV-00000001");
    await expect(doc).toContainText("THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX");
    await expect(receipt.getByRole("navigation", { name: "Main" })).toHaveCount(0);
    await shotBothWidths(receipt, "billing-receipt-print");
    await expectPdf(receipt, `${origin}/api/pdf/receipts/${paymentId}`);
    await receipt.close();

    // The same GCash reference again: refused next to the Reference field; nothing is posted.
    await page.getByRole("link", { name: "Next customer" }).click();
    await expect(page).toHaveURL(`${origin}/payments`);
    await findAtCounter(page, origin, juan.accountNo);
    await expect(page.getByText(pesos(expected.total - PAID), { exact: true }).first()).toBeVisible();
    await pay.getByLabel("Amount received (₱)", { exact: true }).fill("500");
    await pay.getByLabel("Method", { exact: true }).selectOption({ label: "GCash" });
    await pay.getByLabel("Reference number (required)", { exact: true }).fill(GCASH_REF);
    await pay.getByRole("button", { name: "Post payment" }).click();
    const duplicate = `A GCash payment with reference ${GCASH_REF} was already posted.`;
    await expect(fieldErrorIn(pay, "Reference number (required)")).toHaveText(duplicate);
    await expect(pay.getByLabel("Reference number (required)", { exact: true })).toHaveAccessibleDescription(duplicate);
    await expect(pay.getByLabel("Amount received (₱)", { exact: true })).toHaveValue("500");
    await page.reload();
    await expect(page.getByRole("link", { name: "PR-00000002" })).toHaveCount(0);

    // ---- 4. The customer page: balance and statement. ----
    await page.goto(`${origin}/customers/${juan.id}`);
    await expect(page.getByTestId("customer-balance")).toHaveText(pesos(expected.total - PAID));
    await expect(statementTable(page).locator("tbody tr")).toHaveCount(2);
    // Newest first: the receipt above the invoice, each with the balance after it.
    await expect(statementTable(page).locator("tbody tr").first()).toContainText("PR-00000001");
    const invoiceCells = await statementCells(statementRow(page, "INV-00000001"));
    expect([invoiceCells[0], invoiceCells[1], invoiceCells[3], invoiceCells[4], invoiceCells[5]]).toEqual([formatLongDate(today), "INV-00000001", pesos(expected.total), "", pesos(expected.total)]);
    const receiptCells = await statementCells(statementRow(page, "PR-00000001"));
    expect([receiptCells[0], receiptCells[1], receiptCells[3], receiptCells[4], receiptCells[5]]).toEqual([formatLongDate(today), "PR-00000001", "", pesos(PAID), pesos(expected.total - PAID)]);
    expect(receiptCells[2]).toContain(GCASH_REF);
    await expect(page.getByRole("link", { name: "PDF" })).toHaveAttribute("href", `/api/pdf/statements/${juan.id}`);
    // The running balance is the point of a statement: on a desktop it is in view without scrolling the table sideways.
    await statementTable(page).scrollIntoViewIfNeeded();
    await expect.soft(statementTable(page).getByRole("columnheader", { name: "Balance" }), "the statement's Balance column is in view at 1280 px").toBeInViewport({ ratio: 0.9 });
    await shotBothWidths(page, "billing-customer-statement");
    await expectPdf(page, `${origin}/api/pdf/statements/${juan.id}`);

    // ---- 5. Void the payment with a reason. ----
    await page.goto(`${origin}/payments/${paymentId}`);
    await expect(page.getByRole("heading", { level: 1, name: "Receipt PR-00000001" })).toBeVisible();
    const openVoid = page.getByRole("button", { name: "Void payment" });
    await whenHydrated(openVoid);
    await openVoid.click();
    const voidForm = page.getByRole("form", { name: "Void payment" });
    await voidForm.getByLabel("Why is this payment voided?", { exact: true }).fill(VOID_REASON);
    page.once("dialog", (dialog) => {
      expect(dialog.type()).toBe("confirm");
      expect(dialog.message()).toBe("Void receipt PR-00000001? Its amounts go back to the invoices. This cannot be undone.");
      void dialog.accept();
    });
    await voidForm.getByRole("button", { name: "Void receipt PR-00000001" }).click();
    // The page itself turns void (the form's own confirmation goes with the form when the page refreshes).
    await expect(page.getByText("This payment was voided.", { exact: true })).toBeVisible();
    const voided = page.getByRole("article", { name: "Payment receipt PR-00000001" });
    await expect(voided.getByText("VOID", { exact: true })).toBeVisible();
    await expect(voided).toContainText(`VOID: ${VOID_REASON}`);
    await expect(page.getByRole("button", { name: "Void payment" })).toHaveCount(0);
    await shotBothWidths(page, "billing-payment-void");

    // The invoice owes its full total again, and the statement keeps the payment, void, moving nothing.
    await page.goto(`${origin}/billing/invoices/${invoiceId}`);
    await expect(page.getByTestId("invoice-balance")).toHaveText(pesos(expected.total));
    await page.goto(`${origin}/customers/${juan.id}`);
    await expect(page.getByTestId("customer-balance")).toHaveText(pesos(expected.total));
    const voidRow = statementRow(page, "PR-00000001");
    await expect(voidRow).toHaveClass(/line-through/);
    // Struck-through text alone is lost on a screen reader (and on many printouts): the row says it.
    await expect.soft(voidRow, "the statement row of a void payment says Void").toContainText("Void");
    const voidCells = await statementCells(voidRow);
    expect(voidCells[1]).toMatch(/^PR-00000001/);
    expect([voidCells[3], voidCells[4], voidCells[5]]).toEqual(["", "", pesos(expected.total)]);
    await shotBothWidths(page, "billing-customer-statement-void");
  });
});
