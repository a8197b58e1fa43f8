import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";
import type { AuditWriter } from "@/lib/audit/record";
import { createCustomer } from "@/lib/customers/customers";
import { receiveDevices } from "@/lib/equipment/receive";
import { completeFieldJob } from "@/lib/field-jobs/complete";
import { scheduleFieldJob } from "@/lib/field-jobs/schedule";
import { createNap } from "@/lib/plant/plant";
import { addSubscription, transitionSubscription } from "@/lib/subscriptions/subscriptions";

/**
 * Subscribers placed on the plant the way the app places them, for the map
 * and outage tests: customers through the customer module, lines connected by
 * an installation job (the port reserved when scheduled, in use and the line
 * active once completed with an ONU), then suspended or cancelled.
 */
export type PlantCtx = { tx: Tx; audit: AuditWriter; userId: string };
export type Gps = { lat: number; lng: number };
/** What the line is left as: waiting (its port reserved), or installed and then active, suspended or cancelled. */
export type LineState = "pending" | "active" | "suspended" | "cancelled";

let mobiles = 0;

export async function addCustomerAt(ctx: PlantCtx, tenantId: string, c: { firstName: string; barangayId: string; gps?: Gps; email?: string }): Promise<string> {
  const mobile = `+63917${String(7_000_000 + ++mobiles).padStart(7, "0")}`;
  const input = { firstName: c.firstName, lastName: "Test", mobile, email: c.email, addressLine: "", barangayId: c.barangayId, latitude: c.gps?.lat, longitude: c.gps?.lng, notes: "" };
  return (await createCustomer({ ...ctx, today: "2026-01-05" }, tenantId, input)).id;
}

export async function portId(tx: Tx, napId: string, portNumber: number): Promise<string> {
  const [port] = rowsOf<{ id: string }>(await tx.execute(sql`select id from nap_ports where nap_id = ${napId} and port_number = ${portNumber}`));
  if (!port) throw new Error(`no port ${portNumber} on NAP ${napId}`);
  return port.id;
}

/** A line of the customer at a NAP port (premises GPS from the completed job when given). */
export async function lineAtPort(
  ctx: PlantCtx,
  tenantId: string,
  l: { customerId: string; planId: string; napId: string; port: number; state: LineState; premises?: Gps; label?: string },
): Promise<string> {
  const line = await addSubscription(ctx, tenantId, { customerId: l.customerId, planId: l.planId, startDate: "2026-02-01", label: l.label ?? "" });
  const serial = `ONU${randomUUID().replace(/-/g, "").slice(0, 12).toUpperCase()}`;
  const [onu] = l.state === "pending" ? [] : (await receiveDevices(ctx, tenantId, { kind: "onu", brand: "ZTE", model: "F670L", purchaseCost: null, devices: [{ serialNumber: serial, mac: null }], note: "" })).ids;
  const job = await scheduleFieldJob(ctx, tenantId, { kind: "installation", subscriptionId: line.id, scheduledOn: "2026-02-02", napPortId: await portId(ctx.tx, l.napId, l.port), deviceId: onu, notes: "" });
  if (l.state === "pending") return line.id;
  const at = l.premises ?? { lat: undefined, lng: undefined };
  await completeFieldJob(ctx, tenantId, {
    id: job.id, completedOn: "2026-02-02", deviceSerial: "", latitude: at.lat, longitude: at.lng, dropLengthM: undefined, rxPowerDbm: undefined,
    previousPortState: "free", previousDeviceStatus: "returned", notes: "",
  });
  if (l.state === "suspended") await transitionSubscription(ctx, tenantId, line.id, "suspend", { date: "2026-02-20", cause: "nonpayment" });
  // Cancelled without a pull-out yet: the port stays in use until a technician takes the drop down.
  if (l.state === "cancelled") await transitionSubscription(ctx, tenantId, line.id, "cancel", { date: "2026-02-20", reason: "Moved away" });
  return line.id;
}

/** A NAP with defaults for what these tests do not look at. */
export async function napAt(ctx: PlantCtx, tenantId: string, n: { code: string; lcpId: string; ratio: 4 | 8 | 16; gps: Gps; barangayId?: string | null; distanceFromLcpM?: number }): Promise<string> {
  const input = { code: n.code, name: "", lcpId: n.lcpId, barangayId: n.barangayId ?? undefined, latitude: n.gps.lat, longitude: n.gps.lng, poleNumber: "", splitterRatio: n.ratio, distanceFromLcpM: n.distanceFromLcpM ?? 0, notes: "" };
  return (await createNap(ctx, tenantId, input)).id;
}
