import Link from "next/link";
import type { PortRow } from "@/db/queries/plant-details";
import { cn } from "@/lib/utils";

const STATE_STYLE: Record<PortRow["state"], string> = {
  free: "border-emerald-600/40 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100",
  reserved: "border-amber-500/50 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100",
  in_use: "border-primary/40 bg-primary/10",
  faulty: "border-destructive/50 bg-destructive/10 text-destructive",
};
export const PORT_STATE_LABEL: Record<PortRow["state"], string> = { free: "Free", reserved: "Reserved", in_use: "In use", faulty: "Faulty" };

/** A NAP's ports as tiles, coloured by state; each connected port names and links its subscriber. */
export function PortGrid({ ports }: { ports: PortRow[] }) {
  return (
    <div>
      <ul className="grid grid-cols-2 gap-2 sm:grid-cols-4" aria-label="Ports">
        {ports.map((p) => (
          <li key={p.id} className={cn("rounded-lg border p-3 text-sm", STATE_STYLE[p.state])} data-state={p.state} aria-label={`Port ${p.portNumber}: ${PORT_STATE_LABEL[p.state]}`}>
            <div className="flex items-center justify-between gap-2">
              <span className="font-semibold">Port {p.portNumber}</span>
              <span className="text-xs">{PORT_STATE_LABEL[p.state]}</span>
            </div>
            {p.customerId ? (
              <Link href={`/customers/${p.customerId}`} className="mt-1 block truncate font-medium underline-offset-2 hover:underline">
                {p.customerName}
                <span className="block text-xs font-normal text-muted-foreground">{p.accountNo}</span>
              </Link>
            ) : null}
            {p.state === "reserved" && p.jobId ? (
              <Link href={`/network/jobs/${p.jobId}`} className="mt-1 block text-xs underline-offset-2 hover:underline">
                Open job
              </Link>
            ) : null}
            {p.rxPowerDbm !== null ? (
              <p className={cn("mt-1 text-xs tabular-nums", p.signalFlag ? "font-medium text-destructive" : "text-muted-foreground")} title={p.signalFlag ?? undefined}>
                {p.rxPowerDbm.toFixed(2)} dBm{p.signalFlag ? " · check" : ""}
              </p>
            ) : null}
            {p.note ? <p className="mt-1 text-xs text-muted-foreground">{p.note}</p> : null}
          </li>
        ))}
      </ul>
      <p className="mt-3 flex flex-wrap gap-3 text-xs text-muted-foreground">
        {(Object.keys(PORT_STATE_LABEL) as PortRow["state"][]).map((s) => (
          <span key={s} className="inline-flex items-center gap-1">
            <span className={cn("inline-block size-3 rounded border", STATE_STYLE[s])} aria-hidden /> {PORT_STATE_LABEL[s]}
          </span>
        ))}
      </p>
    </div>
  );
}
