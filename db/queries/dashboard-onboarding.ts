import { eq, isNull, sql, and } from "drizzle-orm";
import { rowsOf } from "../rows";
import { tenants } from "../schema";
import type { Tx } from "../types";

type Row = {
  dismissed: boolean;
  business_details: boolean;
  billing_saved: boolean;
  barangays: boolean;
  plans: boolean;
  staff: boolean;
  customers: boolean;
  sms_enabled: boolean | null;
};

/** What the setup checklist needs to know about the current tenant: one round trip of `exists` probes. */
export async function onboardingState(tx: Tx) {
  const [row] = rowsOf<Row>(
    await tx.execute(sql`select
      coalesce((select onboarding_dismissed_at is not null from tenants), false) as dismissed,
      exists (select 1 from billing_settings where business_name <> '' and address <> '' and tin <> '') as business_details,
      exists (select 1 from billing_settings) as billing_saved,
      exists (select 1 from barangays) as barangays,
      exists (select 1 from plans) as plans,
      exists (select 1 from users where not is_tenant_owner) as staff,
      exists (select 1 from customers) as customers,
      (select sms_enabled from notification_settings) as sms_enabled`),
  );
  return {
    dismissed: row?.dismissed ?? false,
    facts: {
      businessDetails: row?.business_details ?? false,
      billingSaved: row?.billing_saved ?? false,
      barangays: row?.barangays ?? false,
      plans: row?.plans ?? false,
      staff: row?.staff ?? false,
      customers: row?.customers ?? false,
      smsEnabled: row?.sms_enabled ?? null,
    },
  };
}

/** Hides the checklist for the tenant; false when it was already hidden. */
export async function dismissOnboardingRow(tx: Tx, tenantId: string): Promise<boolean> {
  const rows = await tx
    .update(tenants)
    .set({ onboardingDismissedAt: sql`now()` })
    .where(and(eq(tenants.id, tenantId), isNull(tenants.onboardingDismissedAt)))
    .returning({ id: tenants.id });
  return rows.length > 0;
}
