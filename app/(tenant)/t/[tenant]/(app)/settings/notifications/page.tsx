import type { Metadata } from "next";
import { DeliveryModeAlert } from "@/components/notifications/delivery-mode-alert";
import { deliveryModeFor } from "@/components/notifications/delivery-mode";
import { NotificationChannelsForm } from "@/components/notifications/settings/channels-form";
import { TemplateEditor } from "@/components/notifications/settings/template-editor";
import { TemplateList } from "@/components/notifications/settings/template-list";
import { PageHeader } from "@/components/shell/page-header";
import { getNotificationSettings, listTemplates } from "@/lib/notify/settings";
import { TEMPLATE_KEYS, type TemplateKey } from "@/db/schema/notifications";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { addDays } from "@/lib/billing/dates";
import { placeholdersFor, sampleValues } from "@/lib/notify/placeholders";
import { loadNotifyConfig } from "@/lib/notify/queue";
import { templateDefinition } from "@/lib/notify/templates";
import { formatCalendarDate, tenantDate } from "@/lib/time/format";
import { saveNotificationSettingsAction, saveTemplateAction } from "./actions";

export const metadata: Metadata = { title: "Notification settings" };

function isTemplateKey(v: unknown): v is TemplateKey {
  return typeof v === "string" && (TEMPLATE_KEYS as readonly string[]).includes(v);
}

export default async function NotificationSettingsPage({ searchParams }: PageProps<"/t/[tenant]/settings/notifications">) {
  const { tenant } = await requirePermission("notifications.manage");
  const { message } = await searchParams;
  const current = isTemplateKey(message) ? message : TEMPLATE_KEYS[0];
  const { settings, templates, tenantName } = await withTenant(tenant.id, async (tx) => ({
    settings: await getNotificationSettings(tx),
    templates: await listTemplates(tx),
    // The same name the messages are filled with.
    tenantName: (await loadNotifyConfig(tx, tenant.id)).tenantName,
  }));
  const today = tenantDate(new Date(), tenant.timeZone);
  const definition = templateDefinition(current);
  const template = templates.find((t) => t.key === current)!;
  const samples = sampleValues(current, { tenantName, today: formatCalendarDate(today), dueDate: formatCalendarDate(addDays(today, 7)) });
  return (
    <>
      <PageHeader title="Notification settings" description="What FiberBill tells your customers and you, and on which channels." />
      <DeliveryModeAlert mode={deliveryModeFor(tenant.slug)} />
      <div className="flex flex-col gap-8">
        <div className="max-w-3xl">
          <NotificationChannelsForm action={saveNotificationSettingsAction} values={settings} />
        </div>
        <section aria-labelledby="messages-title" className="flex flex-col gap-4">
          <div>
            <h2 id="messages-title" className="text-lg font-semibold">
              Messages
            </h2>
            <p className="text-sm text-muted-foreground">Amounts are written “PHP 1,299.00”: the peso sign is not in the basic SMS alphabet and would halve what fits in one SMS.</p>
          </div>
          <div className="grid gap-6 lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start">
            <TemplateList items={templates.map((t) => ({ ...t, label: templateDefinition(t.key).label }))} current={current} />
            <TemplateEditor
              key={current}
              templateKey={current}
              label={definition.label}
              when={definition.when}
              values={template}
              defaults={{ subject: definition.subject, body: definition.body }}
              placeholders={placeholdersFor(current)}
              samples={samples}
              action={saveTemplateAction}
            />
          </div>
        </section>
      </div>
    </>
  );
}
