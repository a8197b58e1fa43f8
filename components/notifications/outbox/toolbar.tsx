"use client";

import { DateRangeFilter, FilterSelect, FilterToolbar } from "@/components/tables/filter-toolbar";
import { OUTBOX_STATUSES, TEMPLATE_KEYS } from "@/lib/notify/kinds";
import { templateLabel } from "@/lib/notify/template-label";
import type { OutboxListState } from "@/lib/validations/outbox-list";
import { OUTBOX_STATUS_LABELS } from "./status";

export function isFiltered(state: OutboxListState): boolean {
  return Boolean(state.q || state.status || state.channel || state.template || state.from || state.to);
}

type Update = (patch: Partial<OutboxListState>, opts?: { replace?: boolean }) => void;

const STATUS_OPTIONS = OUTBOX_STATUSES.map((s) => ({ value: s, label: OUTBOX_STATUS_LABELS[s] }));
const CHANNEL_OPTIONS = [
  { value: "sms", label: "SMS" },
  { value: "email", label: "Email" },
] as const;
const MESSAGE_OPTIONS = TEMPLATE_KEYS.map((k) => ({ value: k, label: templateLabel(k) }));

/** Search by recipient (debounced) and the filters: status, channel, message, created between two days. */
export function OutboxToolbar({ state, update }: { state: OutboxListState; update: Update }) {
  return (
    <FilterToolbar
      searchLabel="Search messages"
      placeholder="Mobile, email, customer or account no."
      q={state.q}
      // Replace, so Back skips keystrokes.
      onSearch={(q) => update({ q }, { replace: true })}
      filtered={isFiltered(state)}
      onClear={() => update({ q: undefined, status: undefined, channel: undefined, template: undefined, from: undefined, to: undefined })}
      searchClassName="xl:w-96"
    >
      <FilterSelect label="Status" allLabel="All statuses" value={state.status} options={STATUS_OPTIONS} onChange={(status) => update({ status })} className="sm:w-36" />
      <FilterSelect label="Channel" allLabel="SMS and email" value={state.channel} options={CHANNEL_OPTIONS} onChange={(channel) => update({ channel })} className="sm:w-36" />
      <FilterSelect label="Message" allLabel="All messages" value={state.template} options={MESSAGE_OPTIONS} onChange={(template) => update({ template })} className="col-span-2 sm:w-52" />
      <DateRangeFilter fromLabel="Created from" toLabel="Created to" from={state.from} to={state.to} onChange={update} />
    </FilterToolbar>
  );
}
