import Link from "next/link";
import { Logo } from "@/components/brand/logo";
import type { Permission } from "@/lib/permissions/catalog";
import { BottomBar } from "./bottom-bar";
import { MobileNav } from "./mobile-nav";
import { mainScreens, visibleNavItems } from "./nav-items";
import { SidebarNav } from "./sidebar-nav";
import { UserMenu } from "./user-menu";

type ShellProps = {
  tenantName: string;
  user: { name: string; email: string; roleLabel: string; permissions: Permission[] };
  /** Where the user's role lands (its main screen comes first on a phone). */
  landing: string;
  children: React.ReactNode;
};

/** Sidebar on desktop; on phones a drawer and a bottom bar of the role's main screens; the tenant's name and the user's menu on top. */
export function AppShell({ tenantName, user, landing, children }: ShellProps) {
  const hrefs = visibleNavItems(user.permissions).map((i) => i.href);
  const main = mainScreens(hrefs, landing);
  return (
    <div className="flex min-h-dvh">
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to main content
      </a>
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
        {/* Focusable so the skip link moves keyboard focus here, not only the scroll position. */}
        <main id="main" tabIndex={-1} className={`flex-1 p-4 outline-none md:p-8 ${main.length >= 2 ? "pb-24 md:pb-8" : ""}`}>
          {children}
        </main>
      </div>
      <BottomBar hrefs={main} />
    </div>
  );
}
