/**
 * Every permission FiberBill knows. Roles hold a subset; the tenant owner holds all.
 * Adding a permission here makes it appear in the role editor's matrix.
 */
export const PERMISSION_GROUPS = [
  {
    area: "Customers",
    permissions: [
      { key: "customers.view", label: "View customers" },
      { key: "customers.edit", label: "Add and edit customers" },
      // A copy of every subscriber's name, mobile and address: need-to-know (Data Privacy Act of 2012), not part of viewing.
      { key: "customers.export", label: "Export the customer list" },
      { key: "plans.manage", label: "Manage plans and prices" },
    ],
  },
  {
    area: "Billing",
    permissions: [
      { key: "billing.view", label: "View invoices" },
      { key: "billing.run", label: "Run billing" },
      { key: "billing.void", label: "Void invoices" },
    ],
  },
  {
    area: "Payments",
    permissions: [
      { key: "payments.view", label: "View payments" },
      { key: "payments.create", label: "Post payments" },
      { key: "payments.void", label: "Void payments" },
    ],
  },
  {
    area: "Field work",
    permissions: [
      { key: "work.view", label: "View disconnections and reconnections" },
      { key: "work.complete", label: "Mark field work done" },
    ],
  },
  {
    area: "Notifications",
    permissions: [
      { key: "notifications.view", label: "View sent messages" },
      { key: "notifications.manage", label: "Edit message templates and retry messages" },
    ],
  },
  {
    area: "Network",
    permissions: [
      { key: "network.view", label: "View network" },
      { key: "network.manage", label: "Manage plant, equipment and installation jobs" },
      { key: "installations.complete", label: "Complete installations and plant jobs" },
    ],
  },
  {
    area: "Tickets",
    permissions: [
      { key: "tickets.view", label: "View tickets" },
      { key: "tickets.manage", label: "Handle tickets" },
    ],
  },
  { area: "Reports", permissions: [{ key: "reports.view", label: "View reports" }] },
  {
    area: "Administration",
    permissions: [
      { key: "settings.manage", label: "Change settings" },
      { key: "users.manage", label: "Manage staff and roles" },
      { key: "audit.view", label: "View audit log" },
    ],
  },
] as const;

export type Permission = (typeof PERMISSION_GROUPS)[number]["permissions"][number]["key"];

type PermissionInfo = { key: Permission; label: string };

export const PERMISSION_LIST: readonly PermissionInfo[] = PERMISSION_GROUPS.flatMap((g): readonly PermissionInfo[] => g.permissions);

export const ALL_PERMISSIONS: readonly Permission[] = PERMISSION_LIST.map((p) => p.key);

export function permissionLabel(key: Permission): string {
  return PERMISSION_LIST.find((p) => p.key === key)?.label ?? key;
}

export function isPermission(value: string): value is Permission {
  return (ALL_PERMISSIONS as readonly string[]).includes(value);
}

/** The editable roles every new tenant starts with. */
export const STARTER_ROLES: readonly { name: string; description: string; permissions: readonly Permission[] }[] = [
  { name: "Administrator", description: "Everything except ownership of the account.", permissions: ALL_PERMISSIONS },
  {
    name: "Cashier",
    description: "Posts payments at the counter and looks up customers and invoices.",
    permissions: ["customers.view", "billing.view", "payments.view", "payments.create"],
  },
  {
    name: "Technician",
    description: "Installs, repairs and disconnects in the field.",
    permissions: ["customers.view", "work.view", "work.complete", "network.view", "network.manage", "installations.complete", "tickets.view", "tickets.manage"],
  },
  {
    name: "Support",
    description: "Answers customers: tickets, accounts and balances.",
    permissions: ["customers.view", "customers.edit", "billing.view", "payments.view", "notifications.view", "tickets.view", "tickets.manage"],
  },
];
