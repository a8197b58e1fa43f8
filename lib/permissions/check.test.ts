import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, isPermission, STARTER_ROLES, type Permission } from "./catalog";
import { assertPermission, effectivePermissions, hasPermission, PermissionDeniedError, type Grantee } from "./check";

const owner: Grantee = { isTenantOwner: true, active: true, rolePermissions: null };
const cashier: Grantee = { isTenantOwner: false, active: true, rolePermissions: ["customers.view", "payments.create"] };
const inactiveOwner: Grantee = { ...owner, active: false };
const inactiveCashier: Grantee = { ...cashier, active: false };
const noRole: Grantee = { isTenantOwner: false, active: true, rolePermissions: null };

describe("hasPermission", () => {
  it.each<[string, Grantee, Permission, boolean]>([
    ["owner holds every permission", owner, "users.manage", true],
    ["owner holds audit.view", owner, "audit.view", true],
    ["cashier holds a granted permission", cashier, "payments.create", true],
    ["cashier lacks an ungranted permission", cashier, "payments.void", false],
    ["cashier cannot manage users", cashier, "users.manage", false],
    ["a deactivated owner holds nothing", inactiveOwner, "customers.view", false],
    ["a deactivated cashier holds nothing", inactiveCashier, "customers.view", false],
    ["a user without a role holds nothing", noRole, "customers.view", false],
  ])("%s", (_, user, permission, expected) => {
    expect(hasPermission(user, permission)).toBe(expected);
  });
});

describe("effectivePermissions", () => {
  it("gives the owner the whole catalogue", () => {
    expect(effectivePermissions(owner, ALL_PERMISSIONS)).toEqual([...ALL_PERMISSIONS]);
  });
  it("drops strings that are not in the catalogue", () => {
    const user: Grantee = { ...cashier, rolePermissions: ["customers.view", "nuke.everything"] };
    expect(effectivePermissions(user, ALL_PERMISSIONS)).toEqual(["customers.view"]);
  });
  it("is empty for a deactivated user", () => {
    expect(effectivePermissions(inactiveCashier, ALL_PERMISSIONS)).toEqual([]);
  });
});

describe("assertPermission", () => {
  it("throws PermissionDeniedError naming the permission", () => {
    expect(() => assertPermission(cashier, "billing.void")).toThrow(PermissionDeniedError);
    expect(() => assertPermission(cashier, "billing.void")).toThrow(/billing.void/);
  });
  it("passes silently when granted", () => {
    expect(() => assertPermission(cashier, "customers.view")).not.toThrow();
  });
});

describe("catalogue", () => {
  it("has unique keys in area.action form", () => {
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
    for (const p of ALL_PERMISSIONS) expect(p).toMatch(/^[a-z]+\.[a-z]+$/);
  });
  it("contains the permissions the product relies on", () => {
    for (const p of ["customers.view", "customers.edit", "billing.run", "payments.create", "payments.void", "tickets.manage", "network.manage", "reports.view", "settings.manage", "users.manage", "audit.view"]) {
      expect(isPermission(p)).toBe(true);
    }
    expect(isPermission("customers.delete_everything")).toBe(false);
  });
  it("starter roles use only catalogue permissions, and the Cashier cannot void or manage staff", () => {
    expect(STARTER_ROLES.map((r) => r.name)).toEqual(["Administrator", "Cashier", "Technician", "Support"]);
    for (const role of STARTER_ROLES) for (const p of role.permissions) expect(isPermission(p)).toBe(true);
    const cashierRole = STARTER_ROLES.find((r) => r.name === "Cashier")!;
    expect(cashierRole.permissions).toContain("payments.create");
    expect(cashierRole.permissions).not.toContain("payments.void");
    expect(cashierRole.permissions).not.toContain("users.manage");
  });
});
