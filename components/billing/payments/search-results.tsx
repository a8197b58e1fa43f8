import Link from "next/link";
import { ChevronRight } from "lucide-react";
import { CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import type { CustomerListRow } from "@/db/queries/customers";
import { formatPhMobile } from "@/lib/customers/mobile";
import { customerName } from "./format";

export function SearchResults({ q, rows, total }: { q: string; rows: CustomerListRow[]; total: number }) {
  if (rows.length === 0) {
    return <p className="rounded-md border border-dashed p-6 text-center text-sm text-muted-foreground">No customer matches “{q}”. Try the account number or the mobile number.</p>;
  }
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-muted-foreground">
        {total > rows.length ? `First ${rows.length} of ${total} matches; type more to narrow.` : `${total} ${total === 1 ? "match" : "matches"}.`}
      </p>
      <ul className="divide-y rounded-md border" aria-label="Matching customers">
        {rows.map((c) => (
          <li key={c.id}>
            <Link
              href={`/payments?q=${encodeURIComponent(q)}&customer=${c.id}`}
              className="flex items-center gap-3 p-3 hover:bg-accent focus-visible:bg-accent focus-visible:outline-none"
            >
              <div className="min-w-0 flex-1">
                <p className="truncate font-medium">
                  {customerName(c)} <span className="font-mono text-xs text-muted-foreground">{c.accountNo}</span>
                </p>
                <p className="truncate text-sm text-muted-foreground">
                  {formatPhMobile(c.mobile)} · {c.barangay}
                </p>
              </div>
              <CustomerStatusBadge status={c.status} />
              <ChevronRight className="size-4 text-muted-foreground" />
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
