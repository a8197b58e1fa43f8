import Link from "next/link";
import { cn } from "@/lib/utils";

const TABS = [
  { href: "/network/map", label: "Map" },
  { href: "/network/plant", label: "Plant" },
  { href: "/network/plant/naps", label: "NAPs" },
  { href: "/network/plant/lcps", label: "LCPs" },
  { href: "/network/equipment", label: "Equipment" },
  { href: "/network/jobs", label: "Jobs" },
  { href: "/network/outages", label: "Outages" },
] as const;

export type NetworkTab = (typeof TABS)[number]["href"];

/** Network's sections, shown above each of its pages; scrolls sideways on a phone. */
export function NetworkTabs({ current }: { current: NetworkTab }) {
  return (
    <nav aria-label="Network" className="mb-6 flex gap-1 overflow-x-auto border-b">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={cn(
            "-mb-px shrink-0 border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground",
            t.href === current && "border-primary text-foreground",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
