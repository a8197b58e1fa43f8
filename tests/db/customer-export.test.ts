import { migrationSql } from "../support/migration-file";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withTenantOn } from "@/db/with-tenant";
import { createBarangay } from "@/lib/barangays/barangays";
import { createAdjustment } from "@/lib/billing/adjustments";
import { createCustomer } from "@/lib/customers/customers";
import { EXPORT_HEADER, exportCustomers } from "@/lib/customers/export";
import { STARTER_ROLES } from "@/lib/permissions/catalog";
import { backends, type TestDatabase } from "../support/databases";
import { requestAs } from "../support/actions";
import { rows } from "../support/sql";
import { actingAs, addStaff, signUp, type TestTenant } from "../support/tenants";

/** Parses the export's CSV (no quoted commas in these fixtures). */
async function csvOf(response: Response): Promise<string[][]> {
  const text = (await response.text()).replace(/^\uFEFF/, "");
  return text.trim().split("\r\n").map((line) => line.split(","));
}

/**
 * Exporting the customer list is its own permission (customers.export): a
 * technician who may look customers up gets no copy of them all. Every
 * export writes an audit row with its filters and row count; a refused one
 * writes nothing. Migration 0013 gives the permission to existing roles that
 * could add and edit customers.
 */
describe.each(backends)("customer export on $name", ({ open }) => {
  let db: TestDatabase;
  let a: TestTenant;
  let b: TestTenant;
  let tech: string;
  let admin: string;
  let carmen: string;
  const exportsOf = (t: TestTenant) =>
    withTenantOn(db.app, t.tenantId, (tx) =>
      rows<{ user_id: string; after: { filters: Record<string, string>; rows: number } }>(
        tx,
        sql`select user_id, changes->'after' as after from audit_log where action = 'customer.export' order by created_at, id`,
      ),
    );

  beforeAll(async () => {
    db = await open();
    a = await signUp(db.app, "export-a");
    b = await signUp(db.app, "export-b");
    tech = await addStaff(db.app, a, "tech@export-a.test", "Technician");
    admin = await addStaff(db.app, a, "admin@export-a.test", "Administrator");
    await withTenantOn(db.app, a.tenantId, async (tx) => {
      const ctx = { ...actingAs(tx, a), userId: a.ownerId, today: "2026-01-05" };
      carmen = (await createBarangay(ctx, a.tenantId, { name: "Carmen", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id;
      const lapasan = (await createBarangay(ctx, a.tenantId, { name: "Lapasan", city: "Cagayan de Oro City", province: "Misamis Oriental" })).id;
      for (const [i, [first, last, brgy]] of [["Juan", "Dela Cruz", carmen], ["Liza", "Bautista", carmen], ["Nenita", "Reyes", lapasan]].entries()) {
        const c = await createCustomer(ctx, a.tenantId, { firstName: first!, lastName: last!, mobile: `+63917123450${i}`, addressLine: "Purok 1", barangayId: brgy!, notes: "" });
        if (first === "Liza") await createAdjustment(ctx, a.tenantId, { customerId: c.id, kind: "charge", amount: 150050, reason: "Router", effectiveOn: "2026-01-05" });
      }
    });
  });
  afterAll(async () => db?.drop());

  it("gives the owner exactly the filtered view, balance included, and audits it", async () => {
    const response = await exportCustomers(await requestAs(db.app, a, a.ownerId), new URLSearchParams({ barangay: carmen }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="customers-export-a-\d{4}-\d{2}-\d{2}\.csv"$/);
    const [header, ...lines] = await csvOf(response);
    expect(header).toEqual(EXPORT_HEADER);
    expect(lines.map((l) => [l[1], l[2], l[6], l[9]])).toEqual([
      ["Bautista", "Liza", "Carmen", "1500.50"],
      ["Dela Cruz", "Juan", "Carmen", "0.00"],
    ]);
    const owing = await csvOf(await exportCustomers(await requestAs(db.app, a, a.ownerId), new URLSearchParams({ balance: "owing", sort: "balance", dir: "desc" })));
    expect(owing.slice(1).map((l) => l[2])).toEqual(["Liza"]);

    expect(await exportsOf(a)).toEqual([
      { user_id: a.ownerId, after: { filters: { barangayId: carmen, sort: "name", dir: "asc" }, rows: 2 } },
      { user_id: a.ownerId, after: { filters: { balance: "owing", sort: "balance", dir: "desc" }, rows: 1 } },
    ]);
    expect(await exportsOf(b)).toEqual([]);
  });

  it("refuses a technician, who may view customers but not export them, and writes nothing", async () => {
    const before = (await exportsOf(a)).length;
    const response = await exportCustomers(await requestAs(db.app, a, tech), new URLSearchParams());
    expect(response.status).toBe(403);
    expect(await response.text()).toBe("You do not have permission to export customers.");
    const signedOut = await exportCustomers({ db: db.app, session: { state: "signed-out" }, info: { ip: null, userAgent: null } }, new URLSearchParams());
    expect(signedOut.status).toBe(401);
    expect(await exportsOf(a)).toHaveLength(before);
  });

  it("comes with the Administrator starter role, not with the Cashier's, Technician's or Support's", async () => {
    const holders = STARTER_ROLES.filter((r) => r.permissions.includes("customers.export")).map((r) => r.name);
    expect(holders).toEqual(["Administrator"]);
    expect((await exportCustomers(await requestAs(db.app, a, admin), new URLSearchParams())).status).toBe(200);
  });

  it("the export-permission migration grants it to existing roles that hold customers.edit, once, with an audit row", async () => {
    const roleIds = await withTenantOn(db.app, b.tenantId, async (tx) => {
      const made = await rows<{ id: string; name: string }>(
        tx,
        sql`insert into roles (tenant_id, name, permissions) values
          (${b.tenantId}, 'Front desk', array['customers.view', 'customers.edit']),
          (${b.tenantId}, 'Viewer', array['customers.view'])
          returning id, name`,
      );
      return Object.fromEntries(made.map((r) => [r.name, r.id]));
    });
    const migration = migrationSql("customers_export_permission");
    const statement = migration.split("--> statement-breakpoint").find((part) => part.includes("DO $$"))!;
    // Twice: a role that has it already is left alone.
    for (let i = 0; i < 2; i++) await db.asOwner((owner) => owner.execute(sql.raw(statement)));
    const after = await withTenantOn(db.app, b.tenantId, (tx) =>
      rows<{ name: string; permissions: string[] }>(tx, sql`select name, permissions from roles where name in ('Front desk', 'Viewer', 'Support', 'Technician') order by name`),
    );
    expect(after).toEqual([
      { name: "Front desk", permissions: ["customers.view", "customers.edit", "customers.export"] },
      // Support started with customers.edit in tenants made before the permission existed; b was made after, as the catalog says now.
      { name: "Support", permissions: [...STARTER_ROLES.find((r) => r.name === "Support")!.permissions, "customers.export"] },
      { name: "Technician", permissions: [...STARTER_ROLES.find((r) => r.name === "Technician")!.permissions] },
      { name: "Viewer", permissions: ["customers.view"] },
    ]);
    const audited = await withTenantOn(db.app, b.tenantId, (tx) =>
      rows<{ entity_id: string; user_id: string | null }>(tx, sql`select entity_id, user_id from audit_log where action = 'role.update' order by entity_id`),
    );
    expect(audited.map((r) => r.user_id)).toEqual([null, null]);
    expect(audited.map((r) => r.entity_id)).toContain(roleIds["Front desk"]);
  });
});
