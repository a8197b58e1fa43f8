import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { ROADMAP } from "@/components/shell/roadmap";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Network" };

export default async function NetworkPage() {
  await requirePermission("network.view");
  return <ComingSoon {...ROADMAP.network} />;
}
