import { BarChart3, Bell, Cable, CreditCard, LayoutDashboard, LifeBuoy, ReceiptText, Settings, Users, Wrench, type LucideIcon } from "lucide-react";
import type { Permission } from "@/lib/permissions/catalog";

/** `also`: other path prefixes that belong to the same area (highlight the item there too). */
export type NavItem = { href: string; label: string; icon: LucideIcon; anyOf: Permission[] | null; also?: string[] };

/** The tenant app's areas. An item shows when the user holds any of its permissions (null: everyone). */
export const NAV_ITEMS: NavItem[] = [
  // "/" shows the dashboard to those who land on it: highlight the item there too.
  { href: "/dashboard", label: "Dashboard", icon: LayoutDashboard, anyOf: null, also: ["/"] },
  { href: "/customers", label: "Customers", icon: Users, anyOf: ["customers.view"], also: ["/barangays", "/plans"] },
  { href: "/billing", label: "Billing", icon: ReceiptText, anyOf: ["billing.view"] },
  { href: "/payments", label: "Payments", icon: CreditCard, anyOf: ["payments.view"] },
  { href: "/work-items", label: "Field work", icon: Wrench, anyOf: ["work.view"] },
  { href: "/notifications", label: "Notifications", icon: Bell, anyOf: ["notifications.view"] },
  { href: "/network", label: "Network", icon: Cable, anyOf: ["network.view"] },
  { href: "/tickets", label: "Tickets", icon: LifeBuoy, anyOf: ["tickets.view"] },
  { href: "/reports", label: "Reports", icon: BarChart3, anyOf: ["reports.view"] },
  { href: "/settings", label: "Settings", icon: Settings, anyOf: ["settings.manage", "users.manage", "audit.view"] },
];

export function visibleNavItems(permissions: readonly Permission[]): NavItem[] {
  return NAV_ITEMS.filter((item) => item.anyOf === null || item.anyOf.some((p) => permissions.includes(p)));
}

/** Whether the page at `pathname` belongs to the item: its own path, below it, or one of its `also` paths ("/" only exactly). */
export function isActive(pathname: string, href: string, also: readonly string[] = []): boolean {
  const within = (prefix: string) => pathname === prefix || (prefix !== "/" && pathname.startsWith(`${prefix}/`));
  return within(href) || also.some(within);
}

/** The day-to-day screens, in the order they come after a role's landing page on a phone's bottom bar. */
const WORK_ORDER = ["/customers", "/payments", "/work-items", "/billing"];
const BAR_SIZE = 4;

/**
 * A phone's bottom bar: the role's landing page first, then the work screens
 * the user may open, then the dashboard; at most four.
 */
export function mainScreens(hrefs: readonly string[], landing: string): string[] {
  const order = [landing, ...WORK_ORDER, "/dashboard"];
  return [...new Set(order)].filter((href) => hrefs.includes(href)).slice(0, BAR_SIZE);
}
