import type { DeviceStatus } from "@/db/schema/plant";

type Movement = { at: Date; fromStatus: DeviceStatus | null; toStatus: DeviceStatus };

/**
 * A device's movements newest first. Movements written in one transaction
 * share their timestamp (a seed, or a delivery received and installed at
 * once), so within a tie each follows the one whose status it left: the
 * chain received → in stock → with technician → installed reads in order.
 */
export function newestFirst<M extends Movement>(rows: readonly M[]): M[] {
  const remaining = [...rows].sort((x, y) => x.at.getTime() - y.at.getTime());
  const ordered: M[] = [];
  let current: DeviceStatus | null = null;
  while (remaining.length > 0) {
    const at = remaining[0]!.at.getTime();
    const tied = remaining.filter((m) => m.at.getTime() === at);
    const next = tied.find((m) => m.fromStatus === current) ?? tied[0]!;
    remaining.splice(remaining.indexOf(next), 1);
    ordered.push(next);
    current = next.toStatus;
  }
  return ordered.reverse();
}
