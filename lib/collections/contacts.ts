import { inArray } from "drizzle-orm";
import { customers } from "@/db/schema";
import type { Tx } from "@/db/types";

export type CustomerContact = { id: string; firstName: string; accountNo: string; mobile: string | null; email: string | null };

/** Names and contacts of the customers a step writes to, in one query. */
export async function customerContacts(tx: Tx, ids: readonly string[]): Promise<Map<string, CustomerContact>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, CustomerContact>();
  for (let i = 0; i < unique.length; i += 5000) {
    const rows = await tx
      .select({ id: customers.id, firstName: customers.firstName, accountNo: customers.accountNo, mobile: customers.mobile, email: customers.email })
      .from(customers)
      .where(inArray(customers.id, unique.slice(i, i + 5000)));
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** The recipient part of a message request for a customer. */
export function to(c: CustomerContact) {
  return { customerId: c.id, mobile: c.mobile, email: c.email };
}
