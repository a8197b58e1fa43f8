import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/shell/page-header";
import { OpenTicketForm } from "@/components/tickets/open-ticket-form";
import { activeStaffOptions } from "@/db/queries/field-jobs";
import { ticketSubject } from "@/db/queries/tickets";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { ticketCategoryOptions } from "@/lib/tickets/categories";
import { isUuid } from "@/lib/uuid";
import { openTicketAction } from "../actions";

export const metadata: Metadata = { title: "Open ticket" };

export default async function OpenTicketPage({ searchParams }: PageProps<"/t/[tenant]/tickets/new">) {
  const { tenant } = await requirePermission("tickets.manage");
  const { customer } = await searchParams;
  if (typeof customer !== "string" || !isUuid(customer)) notFound();
  const data = await withTenant(tenant.id, async (tx) => {
    const subject = await ticketSubject(tx, customer);
    if (!subject) return null;
    return { subject, categories: await ticketCategoryOptions(tx, tenant.id), staff: await activeStaffOptions(tx) };
  });
  if (!data) notFound();
  return (
    <>
      <PageHeader title="Open ticket" description={`${data.subject.name} · ${data.subject.accountNo}`} />
      <OpenTicketForm
        action={openTicketAction}
        customerId={data.subject.id}
        lines={data.subject.lines}
        categories={data.categories.map((c) => ({ id: c.id, label: c.name }))}
        staff={data.staff}
        cancelHref={`/customers/${data.subject.id}`}
      />
    </>
  );
}
