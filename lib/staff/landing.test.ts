import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, STARTER_ROLES } from "@/lib/permissions/catalog";
import { canLandOn, DASHBOARD_PATH, landingFor, LANDING_PAGES, STARTER_LANDING, storedLandingPath } from "./landing";

const cashier = { isTenantOwner: false, permissions: ["customers.view", "billing.view", "payments.view", "payments.create"] };
const tech = { isTenantOwner: false, permissions: ["customers.view", "work.view", "work.complete"] };

describe("landingFor", () => {
  it.each([
    ["the owner, whatever the path", { isTenantOwner: true, permissions: ALL_PERMISSIONS }, "/payments", DASHBOARD_PATH],
    ["a cashier on Payments", cashier, "/payments", "/payments"],
    ["a technician on Field work", tech, "/work-items", "/work-items"],
    ["a role without a landing page", cashier, null, DASHBOARD_PATH],
    ["a page the role may not see", tech, "/payments", DASHBOARD_PATH],
    ["an unknown path", cashier, "/somewhere", DASHBOARD_PATH],
    ["an off-site path", cashier, "//evil.example", DASHBOARD_PATH],
  ] as const)("%s", (_label, user, path, expected) => {
    expect(landingFor(user, path)).toBe(expected);
  });
});

describe("landing pages", () => {
  it("stores the dashboard as null", () => {
    expect(storedLandingPath(DASHBOARD_PATH)).toBeNull();
    expect(storedLandingPath("/payments")).toBe("/payments");
  });

  it("every starter role lands on a page it may see", () => {
    for (const [name, path] of Object.entries(STARTER_LANDING)) {
      const role = STARTER_ROLES.find((r) => r.name === name);
      expect(role, name).toBeDefined();
      expect(canLandOn(path, role!.permissions), name).toBe(true);
    }
  });

  it("every page's path passes the column's format check", () => {
    for (const page of LANDING_PAGES) expect(page.path).toMatch(/^\/[a-z-]+$/);
  });
});
