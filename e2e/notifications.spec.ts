import { expect, test } from "@playwright/test";
import { shotBothWidths } from "./support/billing";
import { DEMO, tenantOrigin } from "./support/constants";
import { logIn } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

const DEFAULT_REMINDER = "Hi {name}, a reminder from {tenant_name}: your balance of {amount} for account {account_no} is due on {due_date}.";
const WORDING = "Hi {name}! Your {tenant_name} bill of {amount} for account {account_no} is due on {due_date}. Salamat po!";
const LONG = `Hi {name}, ${"please settle your bill before the due date. ".repeat(4)}Account {account_no}, {amount}, due {due_date}.`;

test.describe("notifications", () => {
  test("the owner edits a message with a live preview and SMS counter, keeps it, and opens the outbox", async ({ page }) => {
    const origin = tenantOrigin(DEMO.slug);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);

    // Settings > Notifications, from the settings index.
    await page.goto(`${origin}/settings`);
    await page.getByRole("main").getByRole("link", { name: /^Notifications/ }).click();
    await expect(page).toHaveURL(`${origin}/settings/notifications`);
    await expect(page.getByText(/^Demo workspace: messages are never sent/)).toBeVisible();
    await page.getByRole("navigation", { name: "Messages" }).getByRole("link", { name: /Due-date reminder/ }).click();
    await expect(page).toHaveURL(/[?&]message=due_reminder/);

    const form = page.getByRole("form", { name: "Message: Due-date reminder" });
    const body = form.getByLabel("Message text");
    const preview = page.getByTestId("sms-preview");
    const counter = page.getByTestId("sms-counter");
    await whenHydrated(body);
    await expect(body).toHaveValue(DEFAULT_REMINDER);
    await expect(preview).toHaveText(/^Hi Juan, a reminder from Demo Fiber Internet Services: your balance of PHP 1,299\.00 for account ACC-000123 is due on \w{3} \d{1,2}, \d{4}\.$/);
    await expect(counter).toHaveText(/^1 SMS part · \d+ characters \(GSM-7, 160 per part\)$/);
    await expect(page.getByTestId("email-subject-preview")).toHaveText(/^Demo Fiber Internet Services: bill due \w{3} \d{1,2}, \d{4}$/);

    // The counter follows the text: two parts when long, UCS-2 with a peso sign.
    await body.fill(LONG);
    await expect(counter).toHaveText(/^2 SMS parts · \d+ characters \(GSM-7, 153 per part\)$/);
    await body.fill("Hi {name}, your bill is ₱1,299.00.");
    await expect(counter).toHaveText(/^1 SMS part · \d+ characters \(UCS-2, 70 per part\)$/);
    await expect(form.getByText(/Write “PHP” instead of “₱”/)).toBeVisible();

    // A misspelt placeholder: warned while typing, refused on save next to the field.
    await body.fill("Hi {nmae}, please pay {amount}.");
    await expect(form.getByText("{nmae} is not a placeholder this message can fill; it would be sent exactly as typed.")).toBeVisible();
    await expect(preview).toHaveText("Hi {nmae}, please pay PHP 1,299.00.");
    await form.getByRole("button", { name: "Save message" }).click();
    await expect(form.getByText("{nmae} is not a placeholder this message can fill. Check the spelling against the list.")).toBeVisible();
    await expect(body).toHaveAttribute("aria-invalid", "true");

    // Placeholders are inserted where the cursor is.
    await body.fill("Salamat po!");
    await expect(preview).toHaveText("Salamat po!");
    await body.press("Home");
    await form.getByRole("button", { name: "{name}" }).click();
    await expect(body).toHaveValue("{name}Salamat po!");

    await body.fill(WORDING);
    await expect(preview).toHaveText(/^Hi Juan! Your Demo Fiber Internet Services bill of PHP 1,299\.00 for account ACC-000123 is due on .+\. Salamat po!$/);
    await form.getByRole("button", { name: "Save message" }).click();
    await expect(form.getByRole("status").filter({ hasText: "“Due-date reminder” saved." })).toBeVisible();

    // Kept after a reload, and marked as edited in the list.
    await page.reload();
    const reloaded = page.getByRole("form", { name: "Message: Due-date reminder" });
    await expect(reloaded.getByLabel("Message text")).toHaveValue(WORDING);
    await expect(page.getByRole("navigation", { name: "Messages" }).getByRole("link", { name: /Due-date reminder/ })).toContainText("Edited");
    await shotBothWidths(page, "notifications-settings");

    // "Reset to default" puts FiberBill's wording back in the field; nothing is saved until the owner saves.
    await whenHydrated(reloaded.getByLabel("Message text"));
    await reloaded.getByRole("button", { name: "Reset to default" }).click();
    await expect(reloaded.getByLabel("Message text")).toHaveValue(DEFAULT_REMINDER);
    await expect(reloaded.getByText("FiberBill's wording is back in the fields. Save to keep it.")).toBeVisible();

    // Notifications > Outbox.
    await page.goto(`${origin}/notifications`);
    await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
    await expect(page.getByText(/^Demo workspace: messages are never sent/)).toBeVisible();
    const search = page.getByRole("searchbox", { name: "Search messages" });
    await whenHydrated(search);
    const table = page.getByRole("table");
    const total = await page.getByRole("list", { name: "Messages by status" }).getByRole("link").allInnerTexts();
    const anyMessages = total.some((t) => /[1-9]/.test(t));
    if (!anyMessages) await expect(table.getByText("No messages yet.")).toBeVisible();

    // "Send now" answers with what it did (the demo keeps everything as logged).
    const sendNow = page.getByRole("form", { name: "Send due messages" });
    await whenHydrated(sendNow.getByRole("button"));
    await sendNow.getByRole("button").click();
    await expect(sendNow.getByRole("status")).toHaveText(/^(No messages were due\.|Done: \d+ kept as logged\.)$/);

    // Filters live in the URL; a search that matches nothing says so, and Clear brings the list back.
    await page.getByRole("combobox", { name: "Status" }).selectOption("failed");
    await expect(page).toHaveURL(/[?&]status=failed/);
    await page.getByRole("combobox", { name: "Channel" }).selectOption("sms");
    await expect(page).toHaveURL(/[?&]channel=sms/);
    await page.getByRole("combobox", { name: "Message" }).selectOption("overdue");
    await expect(page).toHaveURL(/[?&]template=overdue/);
    await page.getByLabel("Created from").fill("2026-01-01");
    await expect(page).toHaveURL(/[?&]from=2026-01-01/);
    await search.fill("09990000000-nobody");
    await expect(page).toHaveURL(/[?&]q=09990000000-nobody/);
    await expect(table.getByText("No messages match this view.")).toBeVisible();
    await expect(page.getByText(/^0–0 of 0 messages$/)).toBeVisible();
    await shotBothWidths(page, "notifications-outbox-filtered");

    await page.getByRole("button", { name: "Clear" }).click();
    await expect(page).toHaveURL(`${origin}/notifications`);
    await expect(search).toHaveValue("");
    if (!anyMessages) await expect(table.getByText("No messages yet.")).toBeVisible();
    await shotBothWidths(page, "notifications-outbox");
  });
});
