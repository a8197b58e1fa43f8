import { expect, test, type Locator, type Page } from "@playwright/test";
import { formatLongDate, manilaToday, shotBothWidths } from "./support/billing";
import { DEMO, tenantOrigin } from "./support/constants";
import { LANDS, logIn } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";

const DEMO_TECH_EMAIL = "tech@demo.fiberbill.test";
const DEMO_OWNER_NAME = "Maria Santos";
const NOTE = "ONU retrieved, drop cable left in place";

function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The demo seed (scripts/seed/demo-billing.ts) plays the daily job up to today on
 * a fixed cycle: invoices on the 1st, due the 8th, five days' grace, so a
 * line still unpaid on the 14th is suspended. The next 14th after today is a
 * day of suspensions; when its invoices are not billed yet (its 1st is after
 * today), the job runs for that 1st first, as the schedule would have. Both
 * days are at most 31 days ahead, as "Run now" allows.
 */
function suspensionDays(today: string): { billOn: string | null; suspendOn: string } {
  const [y, m, d] = today.split("-").map(Number) as [number, number, number];
  const month = new Date(Date.UTC(y, d < 14 ? m - 1 : m, 1)).toISOString().slice(0, 10);
  return { billOn: month > today ? month : null, suspendOn: addDaysIso(month, 13) };
}

const { billOn: BILL_ON, suspendOn: RUN_DATE } = suspensionDays(manilaToday());

/** Runs the daily job for a date from Settings > Schedule and waits for its result. */
async function runDailyJob(run: Locator, date: string): Promise<void> {
  await run.getByLabel("Run for", { exact: true }).fill(date);
  await run.getByRole("button", { name: "Run the daily job" }).click();
  await expect(run.getByRole("status")).toHaveText(`The daily job ran for ${formatLongDate(date)}.`, { timeout: 120_000 });
}

/** Field work filtered to jobs due up to a day, through the filter form as a technician would. */
async function fieldWorkUpTo(page: Page, date: string): Promise<void> {
  const filters = page.getByRole("form", { name: "Filter field work" });
  await filters.getByLabel("Due up to", { exact: true }).fill(date);
  await filters.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL((u) => u.pathname === "/work-items" && u.searchParams.get("date") === date);
}

test.describe("daily job and field work", () => {
  test("the owner runs the daily job, the suspended lines become field work, a disconnection is marked done", async ({ page, browser }) => {
    test.setTimeout(300_000);
    const origin = tenantOrigin(DEMO.slug);
    await logIn(page, DEMO.slug, DEMO.ownerEmail, DEMO.password);

    // ---- 1. Settings > Schedule: what runs when, then a run two weeks ahead. ----
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Settings" }).click();
    await page.getByRole("link", { name: /^Schedule/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Schedule" })).toBeVisible();
    await expect(page.getByText("00:05", { exact: false })).toBeVisible();
    await expect(page.getByText("npm run jobs:daily", { exact: true })).toBeVisible();
    for (const step of ["Billing run", "Overdue invoices", "Late fees", "Due-date reminders", "Suspensions", "Reconnections", "Owner's summary"]) {
      await expect(page.getByRole("listitem").filter({ hasText: `${step}:` }).first()).toBeVisible();
    }
    const run = page.getByRole("form", { name: "Run the daily job" });
    await whenHydrated(run);
    const date = run.getByLabel("Run for", { exact: true });
    await expect(date).toHaveValue(manilaToday());
    // A date a year ahead is refused next to the field, and nothing runs.
    await date.fill(addDaysIso(manilaToday(), 365));
    await run.getByRole("button", { name: "Run the daily job" }).click();
    await expect(run.getByRole("alert").filter({ hasText: "Pick a date at most 31 days from today." }).last()).toBeVisible();
    await expect(date).toHaveAttribute("aria-invalid", "true");

    if (BILL_ON) {
      await runDailyJob(run, BILL_ON);
      await expect(run.getByLabel("What each step did")).toContainText(/Billing run\d+ invoices/);
    }
    await runDailyJob(run, RUN_DATE);
    const steps = run.getByRole("definition");
    await expect(steps).toHaveCount(7);
    const did = run.getByLabel("What each step did");
    await expect(did).toContainText("Suspensions");
    await expect(did).toContainText(/\d+ lines suspended · \d+ disconnection jobs opened/);
    const recent = page.getByRole("list", { name: "Recent runs" }).getByRole("listitem", { name: `Run for ${formatLongDate(RUN_DATE)}` });
    await expect(recent).toContainText(`Run by ${DEMO_OWNER_NAME}`);
    await expect(recent).toContainText("Done");
    await expect(recent).toContainText(/lines suspended/);
    await shotBothWidths(page, "schedule-daily-job-run");

    // ---- 2. The outbox holds what the run queued (its page is another part of this issue). ----
    const outbox = await page.goto(`${origin}/notifications`);
    if (outbox && outbox.status() !== 404) {
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }

    // ---- 3. Field work: the new disconnections, by barangay. ----
    await page.goto(`${origin}/`);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Field work" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Field work" })).toBeVisible();
    await whenHydrated(page.getByRole("form", { name: "Filter field work" }).getByRole("button", { name: "Show" }));
    await fieldWorkUpTo(page, RUN_DATE);
    const groups = page.getByRole("region");
    expect(await groups.count()).toBeGreaterThan(1);
    await expect(groups.first().getByRole("heading", { level: 2 })).toBeVisible();
    await expect(groups.first()).toContainText(/\d+ to disconnect/);
    // A disconnection this run opened (the seed leaves a few of its own open too).
    const job = page.getByRole("article").filter({ hasText: "Disconnect" }).filter({ hasText: `Due ${formatLongDate(RUN_DATE)}` }).first();
    const jobName = (await job.getAttribute("aria-label"))!;
    expect(jobName).toMatch(/^Disconnect [A-Z]+-\d+ /);
    const card = page.getByRole("article", { name: jobName, exact: true });
    await expect(card).toContainText(`Due ${formatLongDate(RUN_DATE)}`);
    await expect(card).toContainText("Unpaid balance of ₱");
    await expect(card.getByRole("link", { name: /^09\d\d \d{3} \d{4}$/ })).toHaveAttribute("href", /^tel:\+639\d{9}$/);
    await expect(card.getByRole("link").first()).toHaveAttribute("href", /^\/customers\/[0-9a-f-]{36}$/);

    // Mark it done with a note: it stays on the list as done, with the time and who.
    const markDone = card.getByRole("button", { name: `Mark done: ${jobName}` });
    await whenHydrated(markDone);
    await markDone.click();
    const doneForm = card.getByRole("form", { name: `Mark done: ${jobName}` });
    await doneForm.getByLabel("Note (optional)", { exact: true }).fill(NOTE);
    await doneForm.getByRole("button", { name: "Confirm done" }).click();
    await expect(card.getByRole("status")).toContainText(new RegExp(`Done \\w{3} \\d+, \\d{4}, .+ by ${DEMO_OWNER_NAME}`));
    await expect(card).toContainText(`Note: ${NOTE}`);
    await expect(card.getByRole("button", { name: /^Mark done/ })).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("article", { name: jobName, exact: true }).getByRole("status")).toContainText(`by ${DEMO_OWNER_NAME}`);

    // That barangay's round alone, as a technician's phone shows it.
    const barangay = await page.getByRole("region").filter({ has: page.getByRole("article", { name: jobName, exact: true }) }).getByRole("heading", { level: 2 }).innerText();
    const filters = page.getByRole("form", { name: "Filter field work" });
    await whenHydrated(filters.getByLabel("Barangay", { exact: true }));
    await filters.getByLabel("Barangay", { exact: true }).selectOption({ label: barangay });
    await expect(page).toHaveURL((u) => Boolean(u.searchParams.get("barangay")));
    await expect(page.getByRole("region")).toHaveCount(1);
    await expect(page.getByRole("region").getByRole("heading", { level: 2 })).toHaveText(barangay);
    await expect(page.getByRole("article", { name: jobName, exact: true }).getByRole("status")).toContainText(`by ${DEMO_OWNER_NAME}`);
    await shotBothWidths(page, "field-work-barangay");

    // ---- 4. The technician: sees Field work and what was done, but not the schedule. ----
    const techContext = await browser.newContext();
    const tech = await techContext.newPage();
    await logIn(tech, DEMO.slug, DEMO_TECH_EMAIL, DEMO.password, LANDS.Technician);
    const nav = tech.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link", { name: "Field work" })).toBeVisible();
    await expect(nav.getByRole("link", { name: "Settings" })).toHaveCount(0);
    await nav.getByRole("link", { name: "Field work" }).click();
    await expect(tech.getByRole("heading", { level: 1, name: "Field work" })).toBeVisible();
    await whenHydrated(tech.getByRole("form", { name: "Filter field work" }).getByRole("button", { name: "Show" }));
    await fieldWorkUpTo(tech, RUN_DATE);
    await expect(tech.getByRole("article", { name: jobName, exact: true }).getByRole("status")).toContainText(`by ${DEMO_OWNER_NAME}`);
    await expect(tech.getByRole("button", { name: /^Mark done: Disconnect / }).first()).toBeVisible();
    await tech.goto(`${origin}/settings/schedule`);
    await expect(tech.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
    await expect(tech.getByText("Only the account owner can open this page")).toBeVisible();
    await expect(tech.getByRole("form", { name: "Run the daily job" })).toHaveCount(0);
    await techContext.close();
  });
});
