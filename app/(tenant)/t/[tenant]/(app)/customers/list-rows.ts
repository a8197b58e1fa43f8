import type { CustomerRow } from "@/components/tables/customers/columns";
import type { CustomerListRow } from "@/db/queries/customers";

// A formatter costs far more to make than to use: one per time zone for the life of the server.
const addedFormats = new Map<string, Intl.DateTimeFormat>();

function addedFormat(timeZone: string): Intl.DateTimeFormat {
  let f = addedFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-PH", { dateStyle: "medium", timeZone });
    addedFormats.set(timeZone, f);
  }
  return f;
}

/** What the table shows of each customer, and nothing more: these rows travel in every page's payload. */
export function toCustomerRows(rows: CustomerListRow[], timeZone: string): CustomerRow[] {
  const added = addedFormat(timeZone);
  return rows.map((r) => ({
    id: r.id,
    accountNo: r.accountNo,
    firstName: r.firstName,
    lastName: r.lastName,
    mobile: r.mobile,
    status: r.status,
    added: added.format(r.createdAt),
    barangay: r.barangay,
    city: r.city,
    plans: r.plans,
    balance: r.balance,
  }));
}
