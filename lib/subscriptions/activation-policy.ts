import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

/**
 * Once an ISP records its plant (a NAP at least), a line waiting for
 * installation is connected only by an installation job: the job takes a
 * port and a device and activates the line in one step. Activating by hand
 * stays for an ISP that keeps no plant in FiberBill, and for a line brought
 * over from another billing system (billed elsewhere), already on the street.
 */
export async function installedByJobOnly(tx: Tx, subscriptionId: string): Promise<boolean> {
  const [row] = rowsOf<{ byJob: boolean }>(
    await tx.execute(sql`select exists (select 1 from naps) and coalesce((select billed_elsewhere_until is null from subscriptions where id = ${subscriptionId}), false) as "byJob"`),
  );
  return row?.byJob ?? false;
}

/** Whether this ISP records its plant: the customer page then offers installation jobs instead of Activate. */
export async function recordsPlant(tx: Tx): Promise<boolean> {
  const [row] = rowsOf<{ yes: boolean }>(await tx.execute(sql`select exists (select 1 from naps) as yes`));
  return row?.yes ?? false;
}

export const INSTALL_BY_JOB = "This line is connected by an installation job: schedule it under Connection on the customer's page. The job reserves a port and activates the line when the technician completes it.";
