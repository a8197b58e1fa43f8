import type { CurrentUser } from "@/lib/auth/session-state";
import { landingFor, type LandingPath } from "./landing";

/** Where the signed-in user lands: their role's page, read with the session's user (owners have no role). */
export function currentLanding(user: CurrentUser): LandingPath {
  return landingFor(user, user.isTenantOwner ? null : user.roleLandingPath);
}
