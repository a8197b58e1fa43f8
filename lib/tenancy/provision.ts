import { roles, users } from "@/db/schema";
import { createTenantRow } from "@/db/system";
import type { Database } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { passwordProblem } from "@/lib/auth/password-policy";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { STARTER_ROLES } from "@/lib/permissions/catalog";
import { STARTER_LANDING } from "@/lib/staff/landing";
import type { SignupInput } from "@/lib/validations/signup";

export type ProvisionedTenant = { tenantId: string; userId: string; slug: string };

export const SUBDOMAIN_TAKEN = "That subdomain is already taken. Please choose another.";
export const COMPANY_NAME_TAKEN =
  "A workspace with this company name already exists. If it is yours, use Sign in at the top of this page; otherwise enter your company's full name.";

/** The unique keys of `tenants` a sign-up can run into, and the field each belongs to. */
const TAKEN = new Map<string, { message: string; field: "subdomain" | "companyName" }>([
  ["tenants_slug_key", { message: SUBDOMAIN_TAKEN, field: "subdomain" }],
  // Names are compared without case and surrounding spaces (a unique index on lower(btrim(name))).
  ["tenants_name_key", { message: COMPANY_NAME_TAKEN, field: "companyName" }],
]);

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
  const problem = passwordProblem(input.password, { slug: input.subdomain, email: input.email });
  if (problem) throw new UserFacingError("Please correct the highlighted fields.", { password: [problem] });
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
    const taken = pgErrorCode(error) === "23505" ? TAKEN.get(pgConstraint(error) ?? "") : undefined;
    if (taken) throw new UserFacingError(taken.message, { [taken.field]: [taken.message] });
    throw error;
  }
}
