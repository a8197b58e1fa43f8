"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { isActive, NAV_ITEMS } from "./nav-items";

/**
 * A phone's bottom bar: the role's main screens within thumb's reach (the menu
 * holds the rest). Named "Shortcuts", not "Main": that is the full menu's name.
 */
export function BottomBar({ hrefs }: { hrefs: string[] }) {
  const pathname = usePathname();
  const items = hrefs.map((href) => NAV_ITEMS.find((i) => i.href === href)).filter((i) => i !== undefined);
  if (items.length < 2) return null;
  return (
    <nav
      aria-label="Shortcuts"
      className="fixed inset-x-0 bottom-0 z-20 border-t bg-background/95 pb-[env(safe-area-inset-bottom)] backdrop-blur md:hidden"
    >
      <ul className="mx-auto grid max-w-md" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map(({ href, label, icon: Icon, also }) => {
          const active = isActive(pathname, href, also);
          return (
            <li key={href}>
              <Link
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex flex-col items-center gap-0.5 px-1 py-2 text-xs font-medium text-muted-foreground outline-none focus-visible:bg-accent",
                  active && "text-foreground",
                )}
              >
                <Icon className={cn("size-5", active && "text-primary")} aria-hidden />
                <span className="max-w-full truncate">{label}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
