import "server-only";
import { cache } from "react";
import { getConnection } from "@/db/client";
import { userLandingPath } from "@/db/queries/roles";
import { landingFor, type LandingPath } from "./landing";

/** The role's stored landing page, once per request (the layout and "/" both ask). */
const rolePath = cache(async (tenantId: string, userId: string): Promise<string | null> => {
  const { app } = await getConnection();
  return userLandingPath(app, { tenantId, userId });
});

/** Where the signed-in user lands: owners need no query (they have no role). */
export async function currentLanding(tenantId: string, user: { id: string; isTenantOwner: boolean; permissions: readonly string[] }): Promise<LandingPath> {
  return landingFor(user, user.isTenantOwner ? null : await rolePath(tenantId, user.id));
}
