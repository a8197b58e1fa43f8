import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WIDTHS = { desktop: { width: 1440, height: 900 }, phone: { width: 390, height: 844 } } as const;
export const THEMES = ["light", "dark"] as const;

/** WCAG 2.1 levels A and AA: what the counter's staff and the ISP's customers are owed. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** "color-contrast (serious): .badge, .btn; ..." — what failed, and where, in one line per rule. */
function describe(violations: Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"]): string {
  return violations
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")}${n.failureSummary ? ` [${n.failureSummary.split("\n").slice(1, 2).join("").trim()}]` : ""}`).join("; ")}`)
    .join("\n");
}

/**
 * The passes each page gets: both themes and both widths, each once. The theme
 * decides contrast and the width decides layout; checking all four pairings
 * doubled the suite's longest spec (27 pages, about a third of CI's e2e time)
 * and found nothing the two did not.
 */
const PASSES = [
  ["light", "desktop"],
  ["dark", "phone"],
] as const satisfies readonly (readonly [(typeof THEMES)[number], keyof typeof WIDTHS])[];

/**
 * Checks the open page with axe-core in each theme and at each width: no
 * serious or critical WCAG 2.1 A/AA violation. Returns to the desktop width
 * and the light theme.
 */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  for (const [theme, widthName] of PASSES) {
    await page.emulateMedia({ colorScheme: theme });
    await page.setViewportSize(WIDTHS[widthName]);
    // Let the theme's class and the scroll boxes (which react to their width) settle.
    await expect(page.locator("html")).toHaveClass(new RegExp(`\\b${theme}\\b`));
    await page.waitForTimeout(150);
    // Only violations are reported in detail: far quicker on pages with long tables.
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).options({ resultTypes: ["violations"] }).analyze();
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect.soft(bad, `${name}, ${theme}, ${widthName}:\n${describe(bad)}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(WIDTHS.desktop);
}
