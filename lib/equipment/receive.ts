import { inArray, sql } from "drizzle-orm";
import { deviceMovements, devices, type DeviceKind } from "@/db/schema";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { UserFacingError } from "@/lib/errors";

type Ctx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null };

export type ReceivedDevice = { serialNumber: string; mac: string | null };
export type ReceiveInput = { kind: DeviceKind; brand: string; model: string; purchaseCost: number | null; devices: ReceivedDevice[]; note: string };

/**
 * Receives a delivery into stock: one row and one "received" movement per
 * device, in one statement each. A serial or MAC already in the register
 * refuses the whole delivery, naming them, so a half-received box never happens.
 */
export async function receiveDevices({ tx, audit, userId }: Ctx, tenantId: string, input: ReceiveInput): Promise<{ ids: string[] }> {
  if (input.devices.length === 0) return { ids: [] };
  const serials = input.devices.map((d) => d.serialNumber);
  const macs = input.devices.flatMap((d) => (d.mac ? [d.mac] : []));
  const known = await tx
    .select({ serial: devices.serialNumber, mac: devices.mac })
    .from(devices)
    .where(macs.length > 0 ? sql`${inArray(devices.serialNumber, serials)} or ${inArray(devices.mac, macs)}` : inArray(devices.serialNumber, serials));
  if (known.length > 0) {
    const names = known.map((k) => (serials.includes(k.serial) ? k.serial : k.mac)).slice(0, 5).join(", ");
    const message = `Already in the register: ${names}${known.length > 5 ? ` and ${known.length - 5} more` : ""}. Remove them from this delivery.`;
    throw new UserFacingError(message, { serials: [message] });
  }
  const rows = await tx
    .insert(devices)
    .values(input.devices.map((d) => ({ tenantId, kind: input.kind, brand: input.brand, model: input.model, serialNumber: d.serialNumber, mac: d.mac, purchaseCost: input.purchaseCost, notes: input.note })))
    .returning({ id: devices.id, serialNumber: devices.serialNumber });
  await tx.insert(deviceMovements).values(rows.map((r) => ({ tenantId, deviceId: r.id, fromStatus: null, toStatus: "in_stock" as const, note: input.note || "Received", movedBy: userId })));
  await audit({
    action: "device.receive",
    entityType: "device",
    after: { kind: input.kind, brand: input.brand, model: input.model, count: rows.length, serials: rows.map((r) => r.serialNumber) },
  });
  return { ids: rows.map((r) => r.id) };
}
