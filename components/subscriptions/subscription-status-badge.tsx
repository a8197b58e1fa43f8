import { Badge } from "@/components/ui/badge";
import type { SubscriptionStatus } from "@/db/schema/subscribers";

const LOOK: Record<SubscriptionStatus, { label: string; variant: "success" | "warning" | "secondary" | "outline" }> = {
  pending: { label: "Pending", variant: "outline" },
  active: { label: "Active", variant: "success" },
  suspended: { label: "Suspended", variant: "warning" },
  cancelled: { label: "Cancelled", variant: "secondary" },
};

export function SubscriptionStatusBadge({ status }: { status: SubscriptionStatus }) {
  const { label, variant } = LOOK[status];
  return <Badge variant={variant}>{label}</Badge>;
}
