import { AppShell } from "@/components/shell/app-shell";
import { requireUser } from "@/lib/auth/current";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const { user, tenant } = await requireUser();
  const roleLabel = user.isTenantOwner ? "Owner" : (user.roleName ?? "Staff");
  return (
    <AppShell tenantName={tenant.name} user={{ name: user.name, email: user.email, roleLabel, permissions: user.permissions }}>
      {children}
    </AppShell>
  );
}
