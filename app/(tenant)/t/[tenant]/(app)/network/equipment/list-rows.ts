import type { DeviceRow } from "@/components/equipment/devices-table/columns";
import type { DeviceListRow } from "@/db/queries/devices";
import { formatDayOf } from "@/lib/time/format";

/** What the table shows of each device, and nothing more: these rows travel in every page's payload. */
export function toDeviceRows(rows: DeviceListRow[], timeZone: string): DeviceRow[] {
  return rows.map((r) => ({
    id: r.id,
    serialNumber: r.serialNumber,
    mac: r.mac,
    kind: r.kind,
    brand: r.brand,
    model: r.model,
    status: r.status,
    purchaseCost: r.purchaseCost,
    lastMoved: r.lastMovedAt ? formatDayOf(r.lastMovedAt, timeZone) : null,
    technicianName: r.technicianName,
    customerId: r.customerId,
    customerName: r.customerName,
    accountNo: r.accountNo,
    subscriptionLabel: r.subscriptionLabel,
  }));
}
