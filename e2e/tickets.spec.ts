import { expect, test } from "@playwright/test";
import { fieldErrorIn, shotBothWidths } from "./support/billing";
import { watchBrowserErrors } from "./support/browser-errors";
import { DEMO, tenantOrigin } from "./support/constants";
import { logIn } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

test.describe("tickets (issue 15, first part)", () => {
  test("support opens a ticket from the customer's page, notes the call, assigns and closes it with a resolution", async ({ page, context }) => {
    test.setTimeout(120_000);
    const problems = await watchBrowserErrors(context);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);
    const origin = tenantOrigin(DEMO.slug);

    await page.goto(`${origin}/customers`);
    await page.getByRole("table").locator("tbody tr").first().getByRole("link").first().click();
    await page.getByRole("link", { name: "Open ticket" }).click();

    // Nothing chosen: each problem next to its field, what was typed kept.
    const openForm = page.getByRole("form", { name: "Open ticket" });
    await whenHydrated(openForm.getByRole("button", { name: "Open ticket" }));
    await openForm.getByLabel("What does the customer report?").fill("No internet since this morning, red LOS light");
    await openForm.getByRole("button", { name: "Open ticket" }).click();
    await expect(fieldErrorIn(openForm, "Category")).toHaveText("Choose a category.");
    await expect(openForm.getByLabel("What does the customer report?")).toHaveValue("No internet since this morning, red LOS light");
    await openForm.getByLabel("Category").selectOption({ label: "No connection" });
    await openForm.getByLabel("Priority").selectOption({ label: "High" });
    await openForm.getByRole("button", { name: "Open ticket" }).click();

    const heading = page.getByRole("heading", { level: 1, name: /^TCK-\d{6} · No internet since this morning/ });
    await expect(heading).toBeVisible();
    const number = /TCK-\d{6}/.exec((await heading.textContent()) ?? "")![0];
    await expect(page.getByText("No connection · High priority")).toBeVisible();
    await expect(page.getByRole("list", { name: "Timeline" }).getByRole("listitem")).toHaveCount(1);

    const note = page.getByRole("form", { name: "Add note" });
    await whenHydrated(note.getByRole("button", { name: "Add note" }));
    await note.getByLabel("Internal note").fill("Called the customer: ONU shows red LOS. Needs a visit.");
    await note.getByRole("button", { name: "Add note" }).click();
    await expect(page.getByRole("list", { name: "Timeline" }).getByRole("listitem")).toHaveCount(2);
    // The note is on the timeline and the box is empty again; the status moved on to Open by itself.
    await expect(page.getByRole("form", { name: "Add note" }).getByLabel("Internal note")).toHaveValue("");
    await expect(page.getByRole("form", { name: "Change status" }).getByLabel("Status")).toHaveValue("open");

    const assign = page.getByRole("form", { name: "Assign" });
    await assign.getByLabel("Assigned to").selectOption({ index: 1 });
    await assign.getByRole("button", { name: "Assign" }).click();
    await expect(page.getByRole("list", { name: "Timeline" }).getByRole("listitem")).toHaveCount(3);
    await shotBothWidths(page, "ticket-page");

    const status = page.getByRole("form", { name: "Change status" });
    await status.getByLabel("Status").selectOption({ label: "Closed" });
    await status.getByRole("button", { name: "Save status" }).click();
    await expect(fieldErrorIn(status, "How was it resolved?")).toHaveText("Choose how it was resolved.");
    await status.getByLabel("How was it resolved?").selectOption({ label: "Plant repaired" });
    await status.getByRole("button", { name: "Save status" }).click();
    await expect(page.getByRole("list", { name: "Timeline" })).toContainText("Closed: Plant repaired");
    await expect(page.getByRole("form", { name: "Add note" })).toHaveCount(0);

    // The list: closed tickets under Closed, and the customer page lists it.
    await page.goto(`${origin}/tickets?status=closed`);
    await expect(page.getByRole("table", { name: "Tickets" })).toContainText(number);
    await expect(page.getByRole("table", { name: "Tickets" })).toContainText("Closed");
    await shotBothWidths(page, "tickets-list");
    expect(problems).toEqual([]);
  });
});
