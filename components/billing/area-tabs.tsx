import Link from "next/link";
import { cn } from "@/lib/utils";

const TABS = [
  { href: "/billing", label: "Invoices", permission: "billing.view" },
  { href: "/billing/run", label: "Run billing", permission: "billing.run" },
] as const;

/** The billing area's sections; Run billing only for those who may run it. */
export function BillingAreaTabs({ current, canRun }: { current: (typeof TABS)[number]["href"] | null; canRun: boolean }) {
  return (
    <nav aria-label="Billing" className="mb-6 flex gap-1 border-b">
      {TABS.filter((t) => t.permission !== "billing.run" || canRun).map((t) => (
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
