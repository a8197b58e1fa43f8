import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current";
import { currentLanding } from "@/lib/staff/current-landing";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { user, tenant } = await requireUser();
  const roleLabel = user.isTenantOwner ? "Owner" : (user.roleName ?? "Staff");
  const landing = currentLanding(user);
  return (
    <AppShell
      tenantName={tenant.name}
      user={{ name: user.name, email: user.email, roleLabel, permissions: user.permissions }}
      landing={landing}
    >
      {children}
    </AppShell>
  );
}
