import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { ROADMAP } from "@/components/shell/roadmap";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Tickets" };

export default async function TicketsPage() {
  await requirePermission("tickets.view");
  return <ComingSoon {...ROADMAP.tickets} />;
}
