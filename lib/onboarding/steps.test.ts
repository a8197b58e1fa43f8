import { describe, expect, it } from "vitest";
import { onboardingSteps, showOnboarding, type OnboardingFacts } from "./steps";

const fresh: OnboardingFacts = {
  businessDetails: false,
  billingSaved: false,
  barangays: false,
  plans: false,
  staff: false,
  customers: false,
  smsEnabled: null,
  smsProvider: false,
};
const done = (f: OnboardingFacts) => Object.fromEntries(onboardingSteps(f).map((s) => [s.key, s.done]));

describe("onboardingSteps", () => {
  it("a new workspace has every step to do, in order, each with a page and a reason", () => {
    const steps = onboardingSteps(fresh);
    expect(steps.map((s) => s.key)).toEqual(["business", "barangays", "plans", "staff", "customers", "billing", "sms"]);
    expect(steps.every((s) => !s.done && s.href.startsWith("/") && s.why.length > 20)).toBe(true);
  });

  it.each([
    ["business details", { businessDetails: true }, "business"],
    ["barangays", { barangays: true }, "barangays"],
    ["plans", { plans: true }, "plans"],
    ["staff", { staff: true }, "staff"],
    ["customers", { customers: true }, "customers"],
    ["billing settings saved", { billingSaved: true }, "billing"],
  ] as const)("%s tick their own step only", (_label, facts, key) => {
    const ticked = Object.entries(done({ ...fresh, ...facts })).filter(([, d]) => d).map(([k]) => k);
    expect(ticked).toEqual([key]);
  });

  it.each([
    ["no provider, SMS on by default", { smsProvider: false, smsEnabled: null }, false],
    ["no provider, SMS left on", { smsProvider: false, smsEnabled: true }, false],
    ["a provider, SMS on by default", { smsProvider: true, smsEnabled: null }, true],
    ["a provider, SMS on", { smsProvider: true, smsEnabled: true }, true],
    ["a provider, but SMS turned off", { smsProvider: true, smsEnabled: false }, true],
    ["no provider, SMS turned off on purpose", { smsProvider: false, smsEnabled: false }, true],
  ] as const)("SMS: %s", (_label, facts, expected) => {
    expect(done({ ...fresh, ...facts }).sms).toBe(expected);
  });
});

describe("showOnboarding", () => {
  const all: OnboardingFacts = { businessDetails: true, billingSaved: true, barangays: true, plans: true, staff: true, customers: true, smsEnabled: true, smsProvider: true };
  it.each([
    ["a new workspace", fresh, false, true],
    ["one step left", { ...all, customers: false }, false, true],
    ["everything done", all, false, false],
    ["dismissed with steps left", fresh, true, false],
  ] as const)("%s", (_label, facts, dismissed, expected) => {
    expect(showOnboarding(onboardingSteps(facts), dismissed)).toBe(expected);
  });
});
