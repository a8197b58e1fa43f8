import { eq } from "drizzle-orm";
import { roles } from "@/db/schema";
import { isSlugTaken, resolveTenantBySlug } from "@/db/system";
import type { Database } from "@/db/types";
import { withTenantOn } from "@/db/with-tenant";
import { provisionTenant } from "@/lib/tenancy/provision";
import { createStaffUser } from "@/lib/staff/users";
import { recordAudit } from "@/lib/audit/record";
import { tenantDate } from "@/lib/time/format";
import { BILLING_TABLES, PLANT_TABLES, refreshStatistics, SUBSCRIBER_TABLES } from "@/db/statistics";
import { seedDemoBilling } from "./demo-billing";
import { seedDemoOutages } from "./demo-outages";
import { seedDemoPlant } from "./demo-plant";
import { demoActors, seedDemoSubscribers } from "./demo-subscribers";

/** The demo ISP's logins. Demo data only: README prints them. */
export const DEMO = {
  slug: "demo",
  name: "Demo Fiber",
  owner: { name: "Maria Santos", email: "owner@demo.fiberbill.test", password: "demo-fiber-2026" },
  staff: [
    { name: "Jose Reyes", email: "cashier@demo.fiberbill.test", role: "Cashier" },
    { name: "Ramon Dela Cruz", email: "tech@demo.fiberbill.test", role: "Technician" },
    { name: "Ana Villanueva", email: "support@demo.fiberbill.test", role: "Support" },
  ],
} as const;

const seedRequest = { ip: null, userAgent: "fiberbill-seed" };

/**
 * Seeds the demo ISP once, through the same domain functions and runtime role
 * as the app: the tenant and its staff, then its subscribers (barangays, plans,
 * customers, subscriptions). A demo tenant made before the subscriber register
 * existed gets its subscribers on the next run, as long as it has no customers.
 */
export async function seedDemoTenant(app: Database): Promise<{ created: boolean; tenantId: string; customersAdded: number }> {
  const existing = (await isSlugTaken(app, DEMO.slug)) ? await resolveTenantBySlug(app, DEMO.slug) : null;
  const { tenantId, created } = existing ? { tenantId: existing.id, created: false } : { tenantId: await createDemoTenant(app), created: true };
  const today = tenantDate(new Date(), existing?.timeZone ?? "Asia/Manila");
  try {
    const actors = await demoActors(app, tenantId, { owner: DEMO.owner.email, support: DEMO.staff[2].email });
    const customersAdded = await seedDemoSubscribers(app, tenantId, actors, today);
    const payments = await seedDemoBilling(app, tenantId, { cashier: DEMO.staff[0].email, tech: DEMO.staff[1].email }, today);
    // The plant that serves them: the OLT, cabinets and boxes, and the installations that connected them.
    const plant = await seedDemoPlant(app, tenantId, { owner: actors.owner, techEmail: DEMO.staff[1].email });
    if (plant.naps > 0) await refreshStatistics(app, PLANT_TABLES);
    await seedDemoOutages(app, tenantId, actors.owner);
    // A fresh database has no statistics (PGlite never makes them by itself): the first searches would plan blind.
    if (customersAdded > 0 || payments > 0) await refreshStatistics(app, [...SUBSCRIBER_TABLES, ...BILLING_TABLES, "audit_log"]);
    return { created, tenantId, customersAdded };
  } catch (error) {
    if (created) throw error;
    // An older demo tenant holds whatever people did to it; its subscribers are a bonus, not worth blocking `npm run dev`.
    console.warn(`Could not add the demo subscribers to the existing "${DEMO.name}":`, error);
    return { created, tenantId, customersAdded: 0 };
  }
}

async function createDemoTenant(app: Database): Promise<string> {
  const { tenantId, userId } = await provisionTenant(
    app,
    { companyName: DEMO.name, subdomain: DEMO.slug, ownerName: DEMO.owner.name, email: DEMO.owner.email, password: DEMO.owner.password },
    seedRequest,
  );
  await withTenantOn(app, tenantId, async (tx) => {
    const actor = { tenantId, userId, ...seedRequest };
    for (const member of DEMO.staff) {
      const [role] = await tx.select({ id: roles.id }).from(roles).where(eq(roles.name, member.role));
      await createStaffUser(
        { tx, audit: (e) => recordAudit(tx, actor, e) },
        tenantId,
        { name: member.name, email: member.email, roleId: role!.id, password: DEMO.owner.password },
      );
    }
  });
  return tenantId;
}
