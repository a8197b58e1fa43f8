import { roles, users } from "@/db/schema";
import { createTenantRow } from "@/db/system";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { STARTER_ROLES } from "@/lib/permissions/catalog";
import { STARTER_LANDING } from "@/lib/staff/landing";
import type { SignupInput } from "@/lib/validations/signup";

export type ProvisionedTenant = { tenantId: string; userId: string; slug: string };

export const SUBDOMAIN_TAKEN = "That subdomain is already taken. Please choose another.";

/**
 * Sign-up: the tenant, its starter roles, its owner and the audit row are
 * created in one transaction, so a failure at any step leaves nothing behind.
 */
export async function provisionTenant(
  db: Database,
  input: SignupInput,
  request: { ip: string | null; userAgent: string | null },
  hooks: { afterRoles?: () => Promise<void> } = {},
): Promise<ProvisionedTenant> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const tenantId = await createTenantRow(tx, { slug: input.subdomain, name: input.companyName });
      await tx.insert(roles).values(
        STARTER_ROLES.map((r) => ({ tenantId, name: r.name, description: r.description, permissions: [...r.permissions], landingPath: STARTER_LANDING[r.name] ?? null })),
      );
      await hooks.afterRoles?.();
      const [owner] = await tx
        .insert(users)
        .values({ tenantId, email: input.email, name: input.ownerName, passwordHash, isTenantOwner: true })
        .returning({ id: users.id });
      if (!owner) throw new Error("owner insert returned nothing");
      await recordAudit(
        tx,
        { tenantId, userId: owner.id, ...request },
        {
          action: "tenant.create",
          entityType: "tenant",
          entityId: tenantId,
          after: { name: input.companyName, subdomain: input.subdomain, owner: input.email },
        },
      );
      return { tenantId, userId: owner.id, slug: input.subdomain };
    });
  } catch (error) {
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "tenants_slug_key") throw new UserFacingError(SUBDOMAIN_TAKEN, { subdomain: [SUBDOMAIN_TAKEN] });
    throw error;
  }
}
