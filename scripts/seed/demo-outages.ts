import { sql } from "drizzle-orm";
import type { Database } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { deliverAllDue } from "@/lib/notify/sender";
import { declareOutage } from "@/lib/outages/declare";
import { resolveOutage } from "@/lib/outages/resolve";
import { saveOutageCreditHours } from "@/lib/outages/settings";
import { localInputValue } from "@/lib/time/local-time";
import { seedCtx } from "./catalog";

const DAY_MS = 86_400_000;

/**
 * Two past outages through the outage module, so the map's history, a NAP's
 * outage card and the credits have something to show: a cabinet cut by road
 * works for most of a day (credited under the demo's 6-hour rule) and a box
 * without power for two hours (not). Both resolved: the demo's map starts calm.
 */
export async function seedDemoOutages(app: Database, tenantId: string, owner: string, now = new Date()): Promise<number> {
  const seeded = await withTenantOn(app, tenantId, async (tx) => {
    const [done] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from outages`));
    if ((done?.n ?? 0) > 0) return 0;
    const ctx = { ...seedCtx(tx, tenantId, owner, ""), timeZone: "Asia/Manila" };
    await saveOutageCreditHours(ctx, tenantId, 6);
    const local = (daysAgo: number, hour: number) => {
      const day = localInputValue(new Date(now.getTime() - daysAgo * DAY_MS), "Asia/Manila").slice(0, 10);
      return `${day}T${String(hour).padStart(2, "0")}:00`;
    };
    const past = [
      { targetKind: "lcp" as const, target: "LCP-03", cause: "Feeder cut by road works on the national highway", start: local(19, 7), end: local(19, 18), resolution: "Feeder re-spliced at the road crossing" },
      { targetKind: "nap" as const, target: "NAP-05", cause: "Box knocked loose by a fallen branch", start: local(6, 14), end: local(6, 16), resolution: "Box re-mounted and ports cleaned" },
    ];
    for (const o of past) {
      const declared = await declareOutage({ ...ctx, now }, tenantId, { targetKind: o.targetKind, target: o.target, cause: o.cause, startedAt: o.start, expectedRestorationAt: undefined });
      await resolveOutage({ ...ctx, now }, tenantId, { id: declared.id, resolvedAt: o.end, resolution: o.resolution });
    }
    return past.length;
  });
  // Their messages are history too: kept as logged, as the demo keeps everything it "sends".
  if (seeded > 0) await deliverAllDue(app, tenantId, { limit: 1000, quiet: true });
  return seeded;
}
