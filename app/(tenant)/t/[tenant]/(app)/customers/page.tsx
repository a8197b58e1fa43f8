import type { Metadata } from "next";
import { ComingSoon } from "@/components/shell/coming-soon";
import { ROADMAP } from "@/components/shell/roadmap";
import { requirePermission } from "@/lib/auth/current";

export const metadata: Metadata = { title: "Customers" };

export default async function CustomersPage() {
  await requirePermission("customers.view");
  return <ComingSoon {...ROADMAP.customers} />;
}
