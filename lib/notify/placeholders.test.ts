import { describe, expect, it } from "vitest";
import { TEMPLATE_KEYS } from "@/db/schema/notifications";
import { placeholdersFor, sampleValues, unknownPlaceholdersFor } from "./placeholders";
import { renderTemplate, TEMPLATE_DEFINITIONS } from "./templates";

const SAMPLE = { tenantName: "JDC Fiber", today: "Nov 25, 2026", dueDate: "Dec 2, 2026" };

describe("placeholdersFor", () => {
  it("offers every customer placeholder to customer messages", () => {
    const names = placeholdersFor("due_reminder").map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(["name", "account_no", "amount", "due_date", "tenant_name", "receipt_no"]));
  });
  it("offers the document link only to the messages that carry one", () => {
    expect(placeholdersFor("invoice_sent").find((p) => p.name === "link")?.label).toMatch(/Link to the document/);
    expect(placeholdersFor("receipt_sent").map((p) => p.name)).toContain("link");
    expect(placeholdersFor("due_reminder").map((p) => p.name)).not.toContain("link");
    expect(unknownPlaceholdersFor("due_reminder", "Pay here: {link}")).toEqual(["link"]);
  });
  it("offers the daily summary its counts, with labels, and no customer fields", () => {
    const summary = placeholdersFor("daily_summary");
    expect(summary.map((p) => p.name).sort()).toEqual(["date", "invoices", "late_fees", "overdue", "reconnect", "reminders", "suspended", "tenant_name"]);
    expect(summary.find((p) => p.name === "late_fees")?.label).toBe("Late fees charged");
  });
});

describe("unknownPlaceholdersFor", () => {
  it("accepts every built-in wording as it is", () => {
    for (const d of TEMPLATE_DEFINITIONS) expect(unknownPlaceholdersFor(d.key, `${d.subject} ${d.body}`), d.key).toEqual([]);
  });
  it("names misspelt placeholders once each, and placeholders the message cannot fill", () => {
    expect(unknownPlaceholdersFor("overdue", "Hi {nmae}, {nmae}! {amount} {invoices}")).toEqual(["nmae", "invoices"]);
    expect(unknownPlaceholdersFor("daily_summary", "{name}: {invoices}")).toEqual(["name"]);
  });
  it("ignores braces that are not placeholders", () => {
    expect(unknownPlaceholdersFor("overdue", "Pay {soon} or {} or {Amount}")).toEqual(["soon"]);
  });
});

describe("sampleValues", () => {
  it("fills every placeholder of every built-in wording", () => {
    for (const key of TEMPLATE_KEYS) {
      const d = TEMPLATE_DEFINITIONS.find((t) => t.key === key)!;
      const text = renderTemplate(`${d.subject} ${d.body}`, sampleValues(key, SAMPLE));
      expect(text, key).not.toMatch(/\{[a-z_]+\}/);
    }
  });
  it("uses the tenant's name and PHP amounts", () => {
    expect(sampleValues("payment_received", SAMPLE)).toMatchObject({ tenant_name: "JDC Fiber", amount: "PHP 1,299.00" });
  });
});
