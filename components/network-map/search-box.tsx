"use client";

import { Search } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { Input } from "@/components/ui/input";
import type { MapSearchHit } from "@/lib/map/contract";
import { searchMap } from "./map-api";
import { useRemote } from "./use-remote";

const KIND_LABELS: Record<MapSearchHit["kind"], string> = { subscriber: "Subscriber", nap: "NAP", lcp: "LCP" };

/** Waits for a pause in typing before asking the server. */
function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** Finds an account number or a NAP or LCP code; choosing a result hands it to the map. */
export function SearchBox({ onChoose }: { onChoose: (hit: MapSearchHit) => void }) {
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const query = useSettled(text.trim(), 250);
  const results = useRemote(open && query.length >= 2 ? `search:${query}` : null, (signal) => searchMap(query, signal));

  return (
    <div
      className="relative flex min-w-0 flex-1 flex-col gap-1.5 sm:w-72 sm:flex-none"
      // Focus leaving the box and its results closes them.
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={`${id}-q`} className="text-sm font-medium">
        Search the map
      </label>
      <div className="relative">
        <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id={`${id}-q`}
          type="search"
          autoComplete="off"
          placeholder="Account no. or NAP code"
          className="pl-8"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onKeyDown={(e) => {
            if (e.key === "Escape") setOpen(false);
            if (e.key === "Enter" && results.data?.length) {
              e.preventDefault();
              choose(results.data[0]!);
            }
          }}
        />
      </div>
      {open && query.length >= 2 ? (
        <div className="absolute top-full right-0 left-0 z-20 mt-1 rounded-md border bg-popover p-1 text-popover-foreground shadow-md">
          {results.loading ? (
            <p className="px-2 py-1.5 text-sm text-muted-foreground">Searching…</p>
          ) : results.failed ? (
            <p role="alert" className="px-2 py-1.5 text-sm text-destructive">
              Search failed. Try again.
            </p>
          ) : results.data && results.data.length > 0 ? (
            <ul aria-label="Search results" className="max-h-72 overflow-y-auto">
              {results.data.map((hit) => (
                <li key={`${hit.kind}-${hit.id}`}>
                  <button type="button" className="flex w-full flex-col items-start rounded-sm px-2 py-1.5 text-left text-sm hover:bg-accent focus-visible:bg-accent focus-visible:outline-none" onMouseDown={(e) => e.preventDefault()} onClick={() => choose(hit)}>
                    <span className="font-medium">
                      {hit.label} <span className="font-normal text-muted-foreground">· {KIND_LABELS[hit.kind]}</span>
                    </span>
                    {hit.detail ? <span className="text-xs text-muted-foreground">{hit.detail}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p role="status" className="px-2 py-1.5 text-sm text-muted-foreground">
              No account number or code with a location matches “{query}”.
            </p>
          )}
        </div>
      ) : null}
    </div>
  );

  function choose(hit: MapSearchHit) {
    setText(hit.label);
    setOpen(false);
    onChoose(hit);
  }
}
