import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current";
import { DashboardView } from "./dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

/** The dashboard for everyone, whatever page their role lands on. */
export default async function DashboardPage({ searchParams }: PageProps<"/t/[tenant]/dashboard">) {
  const { user, tenant } = await requireUser();
  const { welcome } = await searchParams;
  return <DashboardView user={user} tenant={tenant} welcome={Boolean(welcome)} />;
}
