import type { AuditChanges } from "@/db/schema/audit";
import type { SentencePart } from "@/lib/audit/sentence";
import { AuditChangesList } from "./audit-changes";
import { AuditSentence } from "./audit-sentence";

export type AuditEntryView = {
  id: string;
  when: string;
  /** ISO instant for the <time> element. */
  at: string;
  sentence: readonly SentencePart[];
  action: string;
  changes: AuditChanges;
  ip: string | null;
  userAgent: string | null;
};

/**
 * One line of the audit log: when, and what happened as a sentence; the raw
 * before/after and where it came from one click away. A row of columns on
 * wide screens, stacked on a phone.
 */
export function AuditEntry({ entry }: { entry: AuditEntryView }) {
  const hasChanges = Object.keys(entry.changes.before ?? {}).length + Object.keys(entry.changes.after ?? {}).length > 0;
  return (
    <li className="grid gap-1 border-b px-4 py-3 last:border-b-0 md:grid-cols-[11rem_minmax(0,1fr)] md:gap-4" data-testid="audit-entry" data-action={entry.action}>
      <time dateTime={entry.at} className="text-xs text-muted-foreground tabular-nums md:pt-0.5 md:text-sm">
        {entry.when}
      </time>
      <div className="flex min-w-0 flex-col gap-1">
        <AuditSentence parts={entry.sentence} />
        <details className="group text-xs">
          <summary className="w-fit cursor-pointer rounded-sm text-muted-foreground underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring">
            Details
          </summary>
          <div className="mt-2 flex flex-col gap-2 rounded-md border bg-muted/40 p-3">
            {hasChanges ? <AuditChangesList changes={entry.changes} /> : <p className="text-muted-foreground">No before/after recorded.</p>}
            <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-muted-foreground">
              <dt>Action</dt>
              <dd>
                <code>{entry.action}</code>
              </dd>
              <dt>From</dt>
              <dd className="break-words">{entry.ip ?? "—"}</dd>
              <dt>Browser</dt>
              <dd className="break-words">{entry.userAgent ?? "—"}</dd>
            </dl>
          </div>
        </details>
      </div>
    </li>
  );
}
