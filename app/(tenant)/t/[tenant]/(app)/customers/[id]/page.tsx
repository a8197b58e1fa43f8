import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { HandCoins, LifeBuoy, Pencil } from "lucide-react";
import { z } from "zod";
import { CustomersAreaTabs } from "@/components/customers/area-tabs";
import { CustomerStatusBadge } from "@/components/customers/customer-status-badge";
import { CustomerStatusForm } from "@/components/customers/status-form";
import { PageHeader } from "@/components/shell/page-header";
import { AuditChangesList } from "@/components/settings/audit-changes";
import { SubscriptionsPanel } from "@/components/subscriptions/subscriptions-panel";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { auditForCustomer } from "@/db/queries/audit";
import { describeActivity } from "@/lib/audit/describe";
import { statementSources } from "@/db/queries/statements";
import { buildLedger } from "@/lib/billing/ledger";
import { StatementCard } from "@/components/customers/statement-card";
import { AdjustmentForm } from "@/components/billing/adjustment-form";
import { SettlementBreakdown } from "@/components/billing/settlement-breakdown";
import { settlementOf } from "@/lib/collections/settlement";
import { customerStatusHistoryOf, getCustomer } from "@/db/queries/customers";
import { recentMessagesFor, workItemsFor } from "@/db/queries/customer-messages";
import { CustomerFieldWorkCard } from "@/components/customers/field-work-card";
import { CustomerMessagesCard } from "@/components/customers/messages-card";
import { PhoneLink } from "@/components/customers/phone-link";
import { ConnectionCard } from "@/components/plant/connection-card";
import { CustomerTicketsCard } from "@/components/tickets/customer-tickets-card";
import { customerTickets } from "@/db/queries/tickets";
import { connectionsOf, jobsOfSubscriptions } from "@/db/queries/field-jobs";
import { recordsPlant } from "@/lib/subscriptions/activation-policy";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { formatPesos } from "@/lib/money";
import { hasPermission } from "@/lib/permissions/check";
import { formatCalendarDate, formatDateTime, tenantDate } from "@/lib/time/format";
import { createAdjustmentAction } from "../../billing/actions";
import { changeCustomerStatusAction } from "../actions";
import { activePlanOptions } from "@/db/queries/plans";
import { listCustomerSubscriptions } from "@/db/queries/subscriptions";
import type { SubscriptionAction } from "@/lib/subscriptions/transitions";
import { formatBuyerTin } from "@/lib/validations/billing-settings";
import type { SubscriptionFormAction } from "@/components/subscriptions/types";
import {
  activateSubscriptionAction,
  addSubscriptionAction,
  cancelSubscriptionAction,
  changeSubscriptionPlanAction,
  resumeSubscriptionAction,
  suspendSubscriptionAction,
} from "./subscription-actions";

const SUBSCRIPTION_ACTIONS: Record<SubscriptionAction, SubscriptionFormAction> = {
  activate: activateSubscriptionAction,
  change_plan: changeSubscriptionPlanAction,
  suspend: suspendSubscriptionAction,
  resume: resumeSubscriptionAction,
  cancel: cancelSubscriptionAction,
};

export const metadata: Metadata = { title: "Customer" };

export default async function CustomerPage({ params, searchParams }: PageProps<"/t/[tenant]/customers/[id]">) {
  const { tenant, user } = await requirePermission("customers.view");
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const canSeeMessages = hasPermission(user, "notifications.view");
  const canSeeWork = hasPermission(user, "work.view");
  const canEdit = hasPermission(user, "customers.edit");
  const canSeeNetwork = hasPermission(user, "network.view");
  const canSeeTickets = hasPermission(user, "tickets.view");
  const data = await withTenant(tenant.id, async (tx) => {
    const customer = await getCustomer(tx, { id });
    if (!customer) return null;
    const subscriptions = await listCustomerSubscriptions(tx, { customerId: id });
    const lineIds = canSeeNetwork ? subscriptions.map((s) => s.id) : [];
    return {
      connections: await connectionsOf(tx, lineIds),
      installsByJob: await recordsPlant(tx),
      plantJobs: await jobsOfSubscriptions(tx, lineIds),
      customer,
      history: await customerStatusHistoryOf(tx, { customerId: id }),
      activity: await auditForCustomer(tx, { customerId: id }),
      ledger: buildLedger(await statementSources(tx, { customerId: id })),
      settlement: await settlementOf(tx, tenant.id, id),
      messages: canSeeMessages ? await recentMessagesFor(tx, { customerId: id }) : [],
      jobs: canSeeWork ? await workItemsFor(tx, { customerId: id }) : [],
      tickets: canSeeTickets ? await customerTickets(tx, id) : [],
      subscriptions,
      plans: canEdit ? await activePlanOptions(tx) : [],
    };
  });
  if (!data) notFound();
  const { tickets } = data;
  const { customer: c, history, activity, ledger, settlement, messages, jobs, subscriptions, plans, connections, plantJobs, installsByJob } = data;
  const canSeeBilling = hasPermission(user, "billing.view");
  // The cashier screen opened on this customer: only for who may post payments.
  const canReceive = hasPermission(user, "payments.create");
  const canOpenTicket = hasPermission(user, "tickets.manage");
  const { created, saved } = await searchParams;
  const today = tenantDate(new Date(), tenant.timeZone);
  return (
    <>
      <CustomersAreaTabs current="/customers" />
      <PageHeader
        title={`${c.firstName} ${c.lastName}`}
        description={`Account ${c.accountNo}`}
        actions={
          canEdit || canReceive || canOpenTicket ? (
            <>
              {canOpenTicket ? (
                <Button asChild variant="outline">
                  <Link href={`/tickets/new?customer=${c.id}`}>
                    <LifeBuoy /> Open ticket
                  </Link>
                </Button>
              ) : null}
              {canEdit ? (
                <Button asChild variant="outline">
                  <Link href={`/customers/${c.id}/edit`}>
                    <Pencil /> Edit
                  </Link>
                </Button>
              ) : null}
              {canReceive ? (
                <Button asChild>
                  <Link href={`/payments?customer=${c.id}`}>
                    <HandCoins /> Receive payment
                  </Link>
                </Button>
              ) : null}
            </>
          ) : null
        }
      />
      {created || saved ? (
        <Alert role="status" className="mb-4">
          <AlertDescription>{created ? `Customer added with account number ${c.accountNo}.` : "Changes saved."}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              Profile <CustomerStatusBadge status={c.status} />
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
              <Item label="Mobile">
                <PhoneLink mobile={c.mobile} />
              </Item>
              <Item label="Email">{c.email ?? "—"}</Item>
              <Item label="Address">{[c.addressLine, c.barangay, c.city, c.province].filter(Boolean).join(", ")}</Item>
              {c.tin ? <Item label="TIN">{formatBuyerTin(c.tin)}</Item> : null}
              <Item label="GPS">
                {c.latitude !== null && c.longitude !== null ? (
                  <a className="underline-offset-4 hover:underline" href={`https://www.openstreetmap.org/?mlat=${c.latitude}&mlon=${c.longitude}#map=18/${c.latitude}/${c.longitude}`} target="_blank" rel="noreferrer">
                    {c.latitude}, {c.longitude}
                  </a>
                ) : (
                  "—"
                )}
              </Item>
              <Item label="Customer since">{formatDateTime(c.createdAt, tenant.timeZone)}</Item>
              <Item label="Notes">{c.notes || "—"}</Item>
            </dl>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardDescription>{ledger.closing < 0 ? "Credit" : "Balance"}</CardDescription>
            <CardTitle className="text-3xl tabular-nums" data-testid="customer-balance">{formatPesos(Math.abs(ledger.closing))}</CardTitle>
            <p className="text-xs text-muted-foreground">
              {ledger.closing < 0 ? "Used by the next invoice." : ledger.closing === 0 ? "Nothing to pay." : "Invoices and charges not yet paid."}
            </p>
          </CardHeader>
          {settlement.total > 0 ? (
            <CardContent>
              <SettlementBreakdown settlement={settlement} />
            </CardContent>
          ) : null}
        </Card>
        <div className="lg:col-span-3">
          <SubscriptionsPanel
            timeZone={tenant.timeZone}
            today={today}
            customerId={c.id}
            subscriptions={subscriptions}
            plans={plans}
            edit={canEdit ? { add: addSubscriptionAction, actions: SUBSCRIPTION_ACTIONS } : null}
            installsByJob={installsByJob}
          />
        </div>
        {canSeeTickets ? (
          <div className="min-w-0 lg:col-span-3">
            <CustomerTicketsCard tickets={tickets} timeZone={tenant.timeZone} />
          </div>
        ) : null}
        {canSeeNetwork ? (
          <div className="min-w-0 lg:col-span-3">
            <ConnectionCard
              lines={subscriptions}
              connections={connections}
              jobs={plantJobs}
              canSchedule={hasPermission(user, "network.manage")}
              home={c.latitude !== null && c.longitude !== null ? { lat: c.latitude, lng: c.longitude } : null}
            />
          </div>
        ) : null}
        {canSeeBilling ? (
          <div className={hasPermission(user, "billing.run") ? "min-w-0 lg:col-span-2" : "min-w-0 lg:col-span-3"}>
            <StatementCard customerId={c.id} entries={ledger.entries} />
          </div>
        ) : null}
        {hasPermission(user, "billing.run") ? (
          <Card>
            <CardHeader>
              <CardTitle>One-off charge or credit</CardTitle>
              <CardDescription>A new router, a site visit, an outage credit: kept on the account with its reason.</CardDescription>
            </CardHeader>
            <CardContent>
              <AdjustmentForm action={createAdjustmentAction} customerId={c.id} today={today} />
            </CardContent>
          </Card>
        ) : null}
        {canSeeMessages ? (
          <div className={canSeeWork ? "min-w-0 lg:col-span-2" : "min-w-0 lg:col-span-3"}>
            <CustomerMessagesCard messages={messages} timeZone={tenant.timeZone} accountNo={c.accountNo} />
          </div>
        ) : null}
        {canSeeWork ? (
          <div className={canSeeMessages ? "min-w-0" : "min-w-0 lg:col-span-3"}>
            <CustomerFieldWorkCard jobs={jobs} timeZone={tenant.timeZone} />
          </div>
        ) : null}
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>Activity</CardTitle>
          </CardHeader>
          <CardContent>
            {activity.length === 0 ? (
              <p className="text-sm text-muted-foreground">Nothing yet.</p>
            ) : (
              <ol className="flex flex-col gap-4">
                {activity.map((a) => (
                  <li key={a.id} className="flex flex-col gap-1 border-l-2 pl-3">
                    <div className="text-sm">
                      <span className="font-medium">{describeActivity(a.action, a.changes)}</span>
                      <div className="text-xs text-muted-foreground">
                        {a.userName ?? "System"} · {formatDateTime(a.createdAt, tenant.timeZone)}
                      </div>
                    </div>
                    <AuditChangesList changes={a.changes} />
                  </li>
                ))}
              </ol>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Status</CardTitle>
          </CardHeader>
          <CardContent className="flex flex-col gap-6">
            {canEdit ? <CustomerStatusForm action={changeCustomerStatusAction} customerId={c.id} current={c.status} today={today} /> : null}
            <ol className="flex flex-col gap-3 text-sm" aria-label="Status history">
              {history.map((h) => (
                <li key={h.id}>
                  <span className="capitalize">{h.fromStatus ? `${h.fromStatus} → ${h.toStatus}` : h.toStatus}</span> on {formatCalendarDate(h.effectiveDate)}
                  <div className="text-xs text-muted-foreground">
                    {h.reason}
                    {h.by ? ` · ${h.by}` : ""}
                  </div>
                </li>
              ))}
            </ol>
          </CardContent>
        </Card>
      </div>
    </>
  );
}

function Item({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-xs text-muted-foreground">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
