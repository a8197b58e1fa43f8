import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current";
import { currentLanding } from "@/lib/staff/current-landing";
import { DASHBOARD_PATH } from "@/lib/staff/landing";
import { DashboardView } from "./dashboard/dashboard-view";

export const metadata: Metadata = { title: "Dashboard" };

/**
 * "/", where sign-in leads when no `next` page was asked for: each role lands
 * on its work (the cashier on Payments, the technician on Field work, as set in
 * Settings > Roles); the owner and roles without a landing page see the dashboard here.
 */
export default async function HomePage({ searchParams }: PageProps<"/t/[tenant]">) {
  const { user, tenant } = await requireUser();
  const landing = currentLanding(user);
  if (landing !== DASHBOARD_PATH) redirect(landing);
  const { welcome } = await searchParams;
  return <DashboardView user={user} tenant={tenant} welcome={Boolean(welcome)} />;
}
