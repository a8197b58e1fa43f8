import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { ROADMAP } from "@/components/shell/roadmap";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Reports" };

export default async function ReportsPage() {
  await requirePermission("reports.view");
  return <ComingSoon {...ROADMAP.reports} />;
}
