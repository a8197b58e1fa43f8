"use client";

import { Search, X } from "lucide-react";
import { useDebouncedSearch } from "@/components/tables/use-debounced-search";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { OUTBOX_STATUSES, TEMPLATE_KEYS, type TemplateKey } from "@/lib/notify/kinds";
import type { OutboxListState } from "@/lib/validations/outbox-list";
import { templateLabel } from "@/lib/notify/template-label";
import { OUTBOX_STATUS_LABELS } from "./status";

export function isFiltered(state: OutboxListState): boolean {
  return Boolean(state.q || state.status || state.channel || state.template || state.from || state.to);
}

type Update = (patch: Partial<OutboxListState>, opts?: { replace?: boolean }) => void;

/** Search by recipient (debounced) and the filters: status, channel, message, created between two days. */
export function OutboxToolbar({ state, update }: { state: OutboxListState; update: Update }) {
  // Typing waits for a pause before it searches; replace, so Back skips keystrokes.
  const { search, setSearch, clear } = useDebouncedSearch(state.q, (q) => update({ q }, { replace: true }));

  return (
    <div className="mb-4 flex flex-col gap-3">
      <div className="relative xl:w-96">
        <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input type="search" aria-label="Search messages" placeholder="Mobile, email, customer or account no." value={search} onChange={(e) => setSearch(e.target.value)} className="pl-8" />
      </div>
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap sm:items-center">
        <NativeSelect aria-label="Status" value={state.status ?? ""} onChange={(e) => update({ status: (e.target.value || undefined) as OutboxListState["status"] })} wrapperClassName="sm:w-36">
          <NativeSelectOption value="">All statuses</NativeSelectOption>
          {OUTBOX_STATUSES.map((s) => (
            <NativeSelectOption key={s} value={s}>
              {OUTBOX_STATUS_LABELS[s]}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <NativeSelect aria-label="Channel" value={state.channel ?? ""} onChange={(e) => update({ channel: (e.target.value || undefined) as OutboxListState["channel"] })} wrapperClassName="sm:w-36">
          <NativeSelectOption value="">SMS and email</NativeSelectOption>
          <NativeSelectOption value="sms">SMS</NativeSelectOption>
          <NativeSelectOption value="email">Email</NativeSelectOption>
        </NativeSelect>
        <NativeSelect
          aria-label="Message"
          value={state.template ?? ""}
          onChange={(e) => update({ template: (e.target.value || undefined) as TemplateKey | undefined })}
          wrapperClassName="col-span-2 sm:w-52"
        >
          <NativeSelectOption value="">All messages</NativeSelectOption>
          {TEMPLATE_KEYS.map((k) => (
            <NativeSelectOption key={k} value={k}>
              {templateLabel(k)}
            </NativeSelectOption>
          ))}
        </NativeSelect>
        <label className="flex items-center gap-2 text-sm text-muted-foreground">
          From
          <Input type="date" aria-label="Created from" value={state.from ?? ""} max={state.to} onChange={(e) => update({ from: e.target.value || undefined })} className="min-w-0 sm:w-40" />
        </label>
        <label className="flex items-center gap-2 text-sm text-muted-foreground">
          to
          <Input type="date" aria-label="Created to" value={state.to ?? ""} min={state.from} onChange={(e) => update({ to: e.target.value || undefined })} className="min-w-0 sm:w-40" />
        </label>
        {isFiltered(state) ? (
          <Button
            variant="ghost"
            onClick={() => {
              clear();
              update({ q: undefined, status: undefined, channel: undefined, template: undefined, from: undefined, to: undefined });
            }}
          >
            <X /> Clear
          </Button>
        ) : null}
      </div>
    </div>
  );
}
