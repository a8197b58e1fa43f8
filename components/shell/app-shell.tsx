import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import type { Permission } from "@/lib/permissions/catalog";
import { MobileNav } from "./mobile-nav";
import { visibleNavItems } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

type ShellProps = {
  tenantName: string;
  user: { name: string; email: string; roleLabel: string; permissions: Permission[] };
  children: React.ReactNode;
};

/** Sidebar on desktop, a drawer on phones, the tenant's name and the user's menu on top. */
export function AppShell({ tenantName, user, children }: ShellProps) {
  const hrefs = visibleNavItems(user.permissions).map((i) => i.href);
  return (
    <div className="flex min-h-dvh">
      {/* The column carries the background down a long page; the sidebar itself stays in view. */}
      <div className="hidden w-60 shrink-0 border-r bg-sidebar md:block">
        <aside className="sticky top-0 flex h-dvh flex-col gap-6 p-4">
          <Link href="/" className="px-2">
            <Logo label={tenantName} className="text-sidebar-foreground" />
          </Link>
          <SidebarNav hrefs={hrefs} />
          <p className="mt-auto px-2 text-xs text-muted-foreground">FiberBill</p>
        </aside>
      </div>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center gap-2 border-b bg-background/95 px-4 backdrop-blur">
          <MobileNav hrefs={hrefs} tenantName={tenantName} />
          <span className="truncate font-semibold md:hidden">{tenantName}</span>
          <div className="ml-auto">
            <UserMenu name={user.name} email={user.email} roleLabel={user.roleLabel} />
          </div>
        </header>
        <main className="flex-1 p-4 md:p-8">{children}</main>
      </div>
    </div>
  );
}
