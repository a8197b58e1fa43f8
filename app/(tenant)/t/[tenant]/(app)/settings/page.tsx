import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Bell, CalendarClock, Cable, Hash, History, ReceiptText, ShieldCheck, UserCog } from "lucide-react";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/current";
import type { Permission } from "@/lib/permissions/catalog";
import { hasPermission } from "@/lib/permissions/check";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS: { href: string; title: string; text: string; icon: typeof UserCog; permission: Permission | "owner" }[] = [
  { href: "/settings/staff", title: "Staff", text: "Add cashiers, technicians and support staff; deactivate those who leave.", icon: UserCog, permission: "users.manage" },
  { href: "/settings/roles", title: "Roles", text: "Decide what each role may see and do.", icon: ShieldCheck, permission: "users.manage" },
  { href: "/settings/customers", title: "Customers", text: "Account number prefix for new customers.", icon: Hash, permission: "settings.manage" },
  { href: "/settings/billing", title: "Billing", text: "Business and BIR details, VAT, billing cycle, late fees and document numbers.", icon: ReceiptText, permission: "settings.manage" },
  { href: "/settings/notifications", title: "Notifications", text: "SMS and email wording with a live preview, channels and reminder timing.", icon: Bell, permission: "notifications.manage" },
  { href: "/settings/plant", title: "Plant", text: "The optical budget the loss check uses: splitter and fibre losses, when a reading is flagged.", icon: Cable, permission: "network.manage" },
  // Owner only: a run bills and suspends for real, so no role grants it.
  { href: "/settings/schedule", title: "Schedule", text: "The daily job: when billing and collections run each night, run it now for a date, recent runs.", icon: CalendarClock, permission: "owner" },
  { href: "/settings/audit", title: "Audit log", text: "Every change, who made it and when.", icon: History, permission: "audit.view" },
];

export default async function SettingsPage() {
  const { user } = await requireUser();
  const sections = SECTIONS.filter((s) => (s.permission === "owner" ? user.isTenantOwner : hasPermission(user, s.permission)));
  if (sections.length === 0) redirect("/forbidden?need=settings.manage");
  return (
    <>
      <PageHeader title="Settings" description="Your workspace, staff and records." />
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-4">
        {sections.map(({ href, title, text, icon: Icon }) => (
          <Link key={href} href={href}>
            <Card className="h-full transition-colors hover:border-primary/40">
              <CardHeader>
                <Icon className="mb-2 size-5 text-primary" aria-hidden />
                <CardTitle>{title}</CardTitle>
                <CardDescription>{text}</CardDescription>
              </CardHeader>
            </Card>
          </Link>
        ))}
      </div>
    </>
  );
}
