import "server-only";
import { env } from "@/lib/env";
import { providersFromEnv } from "@/lib/notify/providers";
import { DEMO_TENANT_SLUG } from "@/lib/notify/sender";
import type { DeliveryMode } from "./delivery-mode-alert";

/** What the sender would do for this tenant on this server (see lib/notify/sender.ts). */
export function deliveryModeFor(tenantSlug: string): DeliveryMode {
  const providers = providersFromEnv(env);
  return { demo: tenantSlug === DEMO_TENANT_SLUG, sms: providers.sms?.name ?? null, email: providers.email?.name ?? null };
}
