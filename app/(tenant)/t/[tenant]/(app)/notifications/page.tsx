import type { Metadata } from "next";
import Link from "next/link";
import { Settings } from "lucide-react";
import { DeliveryModeAlert } from "@/components/notifications/delivery-mode-alert";
import { deliveryModeFor } from "@/components/notifications/delivery-mode";
import { OutboxDataTable } from "@/components/notifications/outbox/data-table";
import { SendNowForm } from "@/components/notifications/outbox/send-now-button";
import { OUTBOX_STATUS_LABELS } from "@/components/notifications/outbox/status";
import { PageHeader } from "@/components/shell/page-header";
import { Button } from "@/components/ui/button";
import { visibleBody } from "@/lib/notify/visible-body";
import { dueMessageCount, listOutbox, outboxStatusCounts } from "@/db/queries/outbox";
import { OUTBOX_STATUSES } from "@/db/schema/notifications";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { hasPermission } from "@/lib/permissions/check";
import { outboxListQuery, outboxListSchema } from "@/lib/validations/outbox-list";
import { retryMessageAction, sendNowAction } from "./actions";

export const metadata: Metadata = { title: "Notifications" };

export default async function OutboxPage({ searchParams }: PageProps<"/t/[tenant]/notifications">) {
  const { tenant, user } = await requirePermission("notifications.view");
  const state = outboxListSchema.parse(await searchParams);
  const now = new Date();
  const { list, counts, due } = await withTenant(tenant.id, async (tx) => ({
    list: await listOutbox(tx, { ...state, timeZone: tenant.timeZone, pageSize: state.size }),
    counts: await outboxStatusCounts(tx),
    due: await dueMessageCount(tx, now),
  }));
  const canManage = hasPermission(user, "notifications.manage");
  const rows = list.rows.map((r) => ({
    ...r,
    body: visibleBody(r.templateKey, r.body),
    nextAttemptAt: r.nextAttemptAt.toISOString(),
    sentAt: r.sentAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    // Same rule as requeueMessage: failed, or waiting out a backoff (a message in flight has no error).
    retryable: r.status === "failed" || (r.status === "queued" && r.lastError !== null),
  }));
  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every SMS and email FiberBill sends or keeps, with its delivery attempts."
        actions={
          canManage ? (
            <Button asChild variant="outline">
              <Link href="/settings/notifications">
                <Settings /> Messages &amp; channels
              </Link>
            </Button>
          ) : null
        }
      />
      <DeliveryModeAlert mode={deliveryModeFor(tenant.slug)} />
      <div className="mb-6 flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <ul className="flex flex-wrap gap-2 text-sm" aria-label="Messages by status">
          {OUTBOX_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`/notifications${outboxListQuery({ status: s })}`}
                className="inline-flex items-center gap-1.5 rounded-md border px-3 py-1.5 hover:bg-muted aria-[current=true]:bg-muted aria-[current=true]:font-medium"
                aria-current={state.status === s ? "true" : undefined}
              >
                {OUTBOX_STATUS_LABELS[s]} <span className="tabular-nums text-muted-foreground">{counts[s].toLocaleString("en-PH")}</span>
              </Link>
            </li>
          ))}
        </ul>
        {canManage ? <SendNowForm action={sendNowAction} due={due} /> : null}
      </div>
      <OutboxDataTable rows={rows} total={list.total} state={state} timeZone={tenant.timeZone} retry={canManage ? retryMessageAction : null} />
    </>
  );
}
