import type { Permission } from "@/lib/permissions/catalog";

/** Where staff land after signing in (and on "/"): the dashboard, or the page of their daily work. */
export const DASHBOARD_PATH = "/dashboard";

/** The pages a role may land on, each with the permission needed to see it. */
export const LANDING_PAGES = [
  { path: DASHBOARD_PATH, label: "Dashboard", needs: null },
  { path: "/customers", label: "Customers", needs: "customers.view" },
  { path: "/payments", label: "Payments (the cashier's counter)", needs: "payments.view" },
  { path: "/work-items", label: "Field work", needs: "work.view" },
  { path: "/billing", label: "Billing (invoices)", needs: "billing.view" },
  { path: "/notifications", label: "Notifications", needs: "notifications.view" },
] as const satisfies readonly { path: string; label: string; needs: Permission | null }[];

export type LandingPath = (typeof LANDING_PAGES)[number]["path"];

export function isLandingPath(value: string): value is LandingPath {
  return LANDING_PAGES.some((p) => p.path === value);
}

/** Where new workspaces' starter roles land (by role name); the rest land on the dashboard. */
export const STARTER_LANDING: Readonly<Record<string, LandingPath>> = {
  Cashier: "/payments",
  Technician: "/work-items",
  Support: "/customers",
};

/** The column's value for a chosen page: the dashboard is stored as null (the default). */
export function storedLandingPath(path: LandingPath): string | null {
  return path === DASHBOARD_PATH ? null : path;
}

/** Whether people holding `permissions` may see `path`. */
export function canLandOn(path: LandingPath, permissions: readonly string[]): boolean {
  const page = LANDING_PAGES.find((p) => p.path === path);
  if (!page) return false;
  return page.needs === null || permissions.includes(page.needs);
}

/**
 * Where a user lands: the owner on the dashboard; staff on their role's page,
 * unless it is unknown or their role may no longer see it (then the dashboard).
 */
export function landingFor(user: { isTenantOwner: boolean; permissions: readonly string[] }, rolePath: string | null): LandingPath {
  if (user.isTenantOwner || !rolePath || !isLandingPath(rolePath)) return DASHBOARD_PATH;
  return canLandOn(rolePath, user.permissions) ? rolePath : DASHBOARD_PATH;
}
