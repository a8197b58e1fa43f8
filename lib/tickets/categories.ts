import { asc, eq } from "drizzle-orm";
import { ticketCategories } from "@/db/schema";
import type { Tx } from "@/db/types";

/** The categories an ISP starts with (issue 15); each tenant renames, reorders or retires them. */
export const DEFAULT_TICKET_CATEGORIES = ["No connection", "Slow", "Intermittent", "Billing question", "Relocation", "Plan change", "Other"] as const;

/** The tenant's active categories, first creating the defaults for a tenant that has none. */
export async function ticketCategoryOptions(tx: Tx, tenantId: string): Promise<{ id: string; name: string }[]> {
  const existing = await tx.select({ id: ticketCategories.id }).from(ticketCategories).limit(1);
  if (existing.length === 0) {
    await tx
      .insert(ticketCategories)
      .values(DEFAULT_TICKET_CATEGORIES.map((name, position) => ({ tenantId, name, position })))
      .onConflictDoNothing();
  }
  return tx
    .select({ id: ticketCategories.id, name: ticketCategories.name })
    .from(ticketCategories)
    .where(eq(ticketCategories.active, true))
    .orderBy(asc(ticketCategories.position), asc(ticketCategories.name));
}
