import type { CustomerRow } from "@/components/tables/customers/columns";
import type { CustomerListRow } from "@/db/queries/customers";
import { formatDayOf } from "@/lib/time/format";

/** What the table shows of each customer, and nothing more: these rows travel in every page's payload. */
export function toCustomerRows(rows: CustomerListRow[], timeZone: string): CustomerRow[] {
  return rows.map((r) => ({
    id: r.id,
    accountNo: r.accountNo,
    firstName: r.firstName,
    lastName: r.lastName,
    mobile: r.mobile,
    status: r.status,
    added: formatDayOf(r.createdAt, timeZone),
    barangay: r.barangay,
    city: r.city,
    plans: r.plans,
    balance: r.balance,
  }));
}
