import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { PhoneLink } from "@/components/customers/phone-link";
import type { CustomerListRow } from "@/db/queries/customers";
import { plural } from "@/lib/text/plural";
import { BalanceFigure } from "./account-summary";
import { customerName } from "./format";

/**
 * The customers a cashier's search found, each with what they owe, so the
 * right one is picked at a glance. The whole row opens the account; the
 * mobile number calls (a link of its own, above the row's).
 */
export function SearchResults({ q, rows, total }: { q: string; rows: CustomerListRow[]; total: number }) {
  if (rows.length === 0) {
    return <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">No customer matches “{q}”. Try the account number or the mobile number.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted-foreground">
        {total > rows.length ? `First ${rows.length} of ${total} matches; type more to narrow.` : `${plural(total, "match")}.`}
      </p>
      <ul className="divide-y rounded-md border" aria-label="Matching customers">
        {rows.map((c) => (
          <li key={c.id} className="relative flex items-center gap-3 p-3 hover:bg-accent has-[a[data-row]:focus-visible]:bg-accent">
            <div className="min-w-0 flex-1">
              <p className="truncate font-medium">
                <Link href={`/payments?q=${encodeURIComponent(q)}&customer=${c.id}`} data-row className="after:absolute after:inset-0 focus-visible:outline-none">
                  {customerName(c)}
                </Link>{" "}
                <span className="font-mono text-xs text-muted-foreground">{c.accountNo}</span>
              </p>
              <p className="truncate text-sm text-muted-foreground">
                <PhoneLink mobile={c.mobile} className="relative z-10" /> · {c.barangay}
              </p>
            </div>
            <div className="text-right text-sm">
              <span className="block text-xs text-muted-foreground">Balance</span>
              <span className="font-medium tabular-nums" data-testid="search-balance">
                <BalanceFigure balance={c.balance} />
              </span>
            </div>
            <CustomerStatusBadge status={c.status} />
            <ChevronRight className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          </li>
        ))}
      </ul>
    </div>
  );
}
