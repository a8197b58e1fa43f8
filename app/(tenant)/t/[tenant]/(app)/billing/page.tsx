import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { ROADMAP } from "@/components/shell/roadmap";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Billing" };

export default async function BillingPage() {
  await requirePermission("billing.view");
  return <ComingSoon {...ROADMAP.billing} />;
}
