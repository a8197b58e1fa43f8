import { eq } from "drizzle-orm";
import { roles } from "@/db/schema";
import type { Database, Tx } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit, type AuditEntry } from "@/lib/audit/record";
import { createStaffUser } from "@/lib/staff/users";
import { provisionTenant } from "@/lib/tenancy/provision";

/** Tenants and staff made the way the app makes them: sign-up and the staff module, as the runtime role. */
export const PASSWORD = "fiber-test-2026";
export const REQUEST = { ip: "203.0.113.7", userAgent: "vitest integration" };

export type TestTenant = { tenantId: string; ownerId: string; slug: string };

export async function signUp(app: Database, slug: string, email = `owner@${slug}.test`): Promise<TestTenant> {
  const input = { companyName: `${slug} Fiber`, subdomain: slug, ownerName: "Olivia Owner", email, password: PASSWORD };
  const { tenantId, userId } = await provisionTenant(app, input, REQUEST);
  return { tenantId, ownerId: userId, slug };
}

/** What a tenant action hands the staff module: its transaction and an audit writer acting as `userId`. */
export function actingAs(tx: Tx, tenant: TestTenant, userId: string = tenant.ownerId) {
  const actor = { tenantId: tenant.tenantId, userId, ...REQUEST };
  return { tx, audit: (entry: AuditEntry) => recordAudit(tx, actor, entry) };
}

export async function roleIdOf(tx: Tx, name: string): Promise<string> {
  const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.name, name));
  if (!role) throw new Error(`no role named ${name} in this tenant`);
  return role.id;
}

/** Adds one staff member (one bcrypt hash, about a quarter second). */
export async function addStaff(app: Database, tenant: TestTenant, email: string, roleName = "Cashier"): Promise<string> {
  return withTenantOn(app, tenant.tenantId, async (tx) => {
    const roleId = await roleIdOf(tx, roleName);
    const input = { name: "Sam Staff", email, roleId, password: PASSWORD };
    return (await createStaffUser(actingAs(tx, tenant), tenant.tenantId, input)).id;
  });
}
