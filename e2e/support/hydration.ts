import { expect, type Locator } from "@playwright/test";

/**
 * Waits until React has hydrated the element. Before that, input is lost: a
 * click on a client-side button does nothing, a select's change or a typed
 * search never reaches React, and a form submits natively. Under load the gap
 * after a full page load lasts seconds. React marks each element it has
 * hydrated with its props under a "__reactProps$<random>" key.
 */
export async function whenHydrated(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactProps$"))), {
      message: "React has hydrated the element",
    })
    .toBe(true);
}
