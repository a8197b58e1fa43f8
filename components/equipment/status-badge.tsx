import { Badge } from "@/components/ui/badge";
import type { DeviceStatus } from "@/db/schema/plant";
import { DEVICE_STATUS_LABELS } from "@/lib/equipment/status";

const VARIANTS = {
  in_stock: "success",
  with_technician: "warning",
  installed: "default",
  returned: "secondary",
  defective: "destructive",
  lost: "outline",
} as const;

export function DeviceStatusBadge({ status }: { status: DeviceStatus }) {
  return <Badge variant={VARIANTS[status]}>{DEVICE_STATUS_LABELS[status]}</Badge>;
}
