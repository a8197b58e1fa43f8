import Link from "next/link";
import { cn } from "@/lib/utils";

const TABS = [
  { href: "/customers", label: "Customers" },
  { href: "/barangays", label: "Barangays" },
  { href: "/plans", label: "Plans" },
] as const;

/** The subscriber register's sections, shown above each of its pages. */
export function CustomersAreaTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Subscriber register" className="mb-6 flex gap-1 border-b">
      {TABS.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          aria-current={t.href === current ? "page" : undefined}
          className={cn(
            "-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium text-muted-foreground hover:text-foreground",
            t.href === current && "border-primary text-foreground",
          )}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
