import Link from "next/link";
import type { FieldJobKind } from "@/db/schema/plant";
import type { DeviceMovementRow } from "@/db/queries/devices";
import { DEVICE_STATUS_LABELS } from "@/lib/equipment/status";
import { formatDateTime } from "@/lib/time/format";

const JOB_LABELS: Record<FieldJobKind, string> = {
  installation: "Installation",
  relocation: "Relocation",
  port_swap: "Port swap",
  device_swap: "Device swap",
  pull_out: "Pull-out",
};

/** Every move of a device, newest first: when, from → to, who had it, which line and job, the note and who recorded it. */
export function MovementHistory({ rows, timeZone }: { rows: DeviceMovementRow[]; timeZone: string }) {
  if (rows.length === 0) return <p className="text-sm text-muted-foreground">No movement recorded.</p>;
  return (
    <ol className="flex flex-col divide-y" aria-label="Movement history">
      {rows.map((m) => (
        <li key={m.id} className="flex flex-col gap-1 py-3 text-sm first:pt-0 last:pb-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4">
            <span className="font-medium">
              {m.fromStatus ? `${DEVICE_STATUS_LABELS[m.fromStatus]} → ` : "Received → "}
              {DEVICE_STATUS_LABELS[m.toStatus]}
            </span>{" "}
            <time dateTime={m.at.toISOString()} className="text-xs text-muted-foreground tabular-nums">
              {formatDateTime(m.at, timeZone)}
            </time>
          </div>{" "}
          <dl className="flex flex-wrap gap-x-4 gap-y-0.5 text-muted-foreground">
            {m.technicianName ? <Detail label="Technician">{m.technicianName}</Detail> : null}
            {m.customerId ? (
              <Detail label="Line">
                <Link href={`/customers/${m.customerId}`} prefetch={false} className="text-foreground underline-offset-4 hover:underline">
                  {m.customerName}
                </Link>{" "}
                <span className="font-mono text-xs">
                  {m.accountNo}
                  {m.subscriptionLabel ? ` · ${m.subscriptionLabel}` : ""}
                </span>
              </Detail>
            ) : null}
            {m.fieldJobKind ? <Detail label="Job">{JOB_LABELS[m.fieldJobKind]}</Detail> : null}
            <Detail label="By">{m.movedByName ?? "—"}</Detail>
          </dl>
          {m.note ? <p className="whitespace-pre-line">{m.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt>{label}:</dt>{" "}
      <dd>{children}</dd>
    </div>
  );
}
