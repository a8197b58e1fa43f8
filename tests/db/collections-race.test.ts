import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowsOf } from "@/db/rows";
import { withTenantOn } from "@/db/with-tenant";
import { addDays } from "@/lib/billing/dates";
import { postPayment } from "@/lib/billing/payments";
import { requestReconnections } from "@/lib/collections/reconnections";
import { stepContext } from "@/lib/collections/step-context";
import { runDailyPipeline } from "@/lib/jobs/daily";
import { backends, type TestDatabase } from "../support/databases";
import { tenantWithNonPayer } from "../support/non-payer";
import { actingAs } from "../support/tenants";

describe.each(backends)("collections under concurrency on $name", ({ open }) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await open();
  });
  afterAll(async () => db?.drop());

  it("a payment event and the daily run reconnecting the same line at once charge one fee and open one job", async () => {
    const { t, customerId } = await tenantWithNonPayer(db, "race-reconnect");
    for (let day = "2026-01-01"; day <= "2026-01-15"; day = addDays(day, 1)) await runDailyPipeline(db.app, t.tenantId, day, "cli");
    await withTenantOn(db.app, t.tenantId, async (tx) => {
      await tx.execute(sql`update work_items set status = 'done', done_at = now() where kind = 'disconnect'`);
      await postPayment({ ...actingAs(tx, t), userId: t.ownerId }, t.tenantId, { customerId, amount: 129900, method: "cash", paidOn: "2026-01-15" });
    });
    const reconnect = (only?: string[]) =>
      withTenantOn(db.app, t.tenantId, async (tx) => requestReconnections(await stepContext(tx, t.tenantId, "2026-01-15", null), only));
    const results = await Promise.all([reconnect([customerId]), reconnect()]);
    expect(results.map((r) => r.reconnect).sort()).toEqual([0, 1]);
    const [counts] = await withTenantOn(db.app, t.tenantId, async (tx) =>
      rowsOf<{ fees: number; jobs: number; messages: number }>(
        await tx.execute(sql`select (select count(*)::int from adjustments where category = 'reconnection_fee') as fees,
          (select count(*)::int from work_items where kind = 'reconnect') as jobs,
          (select count(*)::int from outbox_messages where template_key = 'reconnection') as messages`),
      ),
    );
    expect(counts).toEqual({ fees: 1, jobs: 1, messages: 1 });
  });
});
