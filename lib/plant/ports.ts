import { and, eq, gt, sql } from "drizzle-orm";
import { napPorts, naps } from "@/db/schema";
import type { Tx } from "@/db/types";
import { UserFacingError } from "@/lib/errors";

/** Creates ports 1..ratio of a new NAP, all free. */
export async function createNapPorts(tx: Tx, tenantId: string, napId: string, ratio: number): Promise<void> {
  await tx.insert(napPorts).values(Array.from({ length: ratio }, (_, i) => ({ tenantId, napId, napRatio: ratio, portNumber: i + 1 })));
}

/**
 * Changes a NAP's splitter ratio with its ports. A smaller splitter drops the
 * ports above it first (refused while one of them is reserved or in use); a
 * bigger one adds free ports after. The ratio update cascades into the ports
 * (their foreign key), whose check keeps every port number within it.
 */
export async function changeNapRatio(tx: Tx, tenantId: string, napId: string, from: number, to: number): Promise<void> {
  if (to === from) return;
  if (to < from) {
    const [busy] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(napPorts)
      .where(and(eq(napPorts.napId, napId), gt(napPorts.portNumber, to), sql`${napPorts.state} in ('reserved', 'in_use')`));
    if ((busy?.n ?? 0) > 0) {
      const message = `Ports above ${to} are reserved or in use. Move those subscribers before fitting a smaller splitter.`;
      throw new UserFacingError(message, { splitterRatio: [message] });
    }
    await tx.delete(napPorts).where(and(eq(napPorts.napId, napId), gt(napPorts.portNumber, to)));
  }
  await tx.update(naps).set({ splitterRatio: to, updatedAt: sql`now()` }).where(eq(naps.id, napId));
  if (to > from) {
    await tx.insert(napPorts).values(Array.from({ length: to - from }, (_, i) => ({ tenantId, napId, napRatio: to, portNumber: from + i + 1 })));
  }
}
