import Link from "next/link";
import type { DeviceCounts } from "@/db/queries/devices";
import { formatCount } from "@/lib/text/count";
import { deviceListQuery, type DeviceListState } from "@/lib/validations/equipment";

type Tile = { label: string; n: number; filter: Partial<DeviceListState> };

/** The register at a glance; each figure opens the list filtered to it. */
export function DeviceCountTiles({ counts, state }: { counts: DeviceCounts; state: Pick<DeviceListState, "kind" | "status"> }) {
  const tiles: Tile[] = [
    { label: "ONUs in stock", n: counts.stockOnus, filter: { status: "in_stock", kind: "onu" } },
    { label: "Routers in stock", n: counts.stockRouters, filter: { status: "in_stock", kind: "router" } },
    { label: "With technicians", n: counts.withTechnicians, filter: { status: "with_technician" } },
    { label: "Installed", n: counts.installed, filter: { status: "installed" } },
  ];
  return (
    <ul className="mb-6 grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label="Equipment by status">
      {tiles.map((t) => {
        const current = state.status === t.filter.status && state.kind === t.filter.kind;
        return (
          <li key={t.label}>
            <Link
              href={`/network/equipment${deviceListQuery(t.filter)}`}
              aria-current={current ? "true" : undefined}
              className="flex flex-col rounded-lg border px-3 py-2 hover:bg-muted aria-[current=true]:border-primary aria-[current=true]:bg-muted"
            >
              <span className="text-2xl font-semibold tabular-nums">{formatCount(t.n)}</span>
              <span className="text-sm text-muted-foreground">{t.label}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
