import type { DeviceKind, DeviceStatus } from "@/db/schema/plant";

export const DEVICE_STATUS_LABELS: Record<DeviceStatus, string> = {
  in_stock: "In stock",
  with_technician: "With technician",
  installed: "Installed",
  returned: "Returned",
  defective: "Defective",
  lost: "Lost",
};

export const DEVICE_KIND_LABELS: Record<DeviceKind, string> = { onu: "ONU", router: "Router" };

/** "ZTE F670L", or "—" when neither was recorded. */
export function brandModel(brand: string, model: string): string {
  return [brand, model].filter(Boolean).join(" ") || "—";
}
