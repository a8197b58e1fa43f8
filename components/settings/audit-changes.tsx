import type { AuditChanges } from "@/db/schema/audit";
import { isUuid } from "@/lib/uuid";

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "none";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}


/** "barangayId" -> "barangay id", "firstName" -> "first name": field names as words. */
function label(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/_/g, " ").toLowerCase();
}

/** Internal ids mean nothing to staff; the rest of the entry says what changed. */
function shown(changes: AuditChanges, key: string): boolean {
  const values = [changes.before?.[key], changes.after?.[key]];
  return !(key.endsWith("Id") && values.every((v) => v === null || v === undefined || (typeof v === "string" && isUuid(v))));
}

/** before → after, one line per changed field. */
export function AuditChangesList({ changes }: { changes: AuditChanges }) {
  const keys = [...new Set([...Object.keys(changes.before ?? {}), ...Object.keys(changes.after ?? {})])].filter((k) => shown(changes, k));
  if (keys.length === 0) return <span className="text-muted-foreground">—</span>;
  return (
    <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
      {keys.map((k) => (
        <div key={k} className="contents">
          <dt className="font-medium text-muted-foreground">{label(k)}</dt>
          <dd className="break-words">
            {changes.before && k in changes.before ? (
              <>
                <span className="text-destructive line-through">{show(changes.before[k])}</span>
                {changes.after && k in changes.after ? " → " : null}
              </>
            ) : null}
            {changes.after && k in changes.after ? <span>{show(changes.after[k])}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
