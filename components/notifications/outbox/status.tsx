import { Badge } from "@/components/ui/badge";
import type { OutboxStatus } from "@/db/schema/notifications";

export const OUTBOX_STATUS_LABELS: Record<OutboxStatus, string> = { queued: "Queued", sent: "Sent", failed: "Failed", logged: "Logged" };
const VARIANTS = { queued: "outline", sent: "success", failed: "destructive", logged: "secondary" } as const;

/** "Logged": kept instead of sent (no provider on this server, or the demo workspace). */
export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return <Badge variant={VARIANTS[status]}>{OUTBOX_STATUS_LABELS[status]}</Badge>;
}
