import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { ROADMAP } from "@/components/shell/roadmap";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Payments" };

export default async function PaymentsPage() {
  await requirePermission("payments.view");
  return <ComingSoon {...ROADMAP.payments} />;
}
