"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type BarangayOption = { id: string; name: string; city: string };
export type PlanOption = { id: string; name: string; status: string };
export type FilterOptions = { barangays: BarangayOption[]; plans: PlanOption[] };
/** The barangay and plan the URL filters by, sent with the page so their names show at once. */
export type SelectedFilters = { barangay?: BarangayOption; plan?: PlanOption };

/** Where the options come from: customers/filter-options/route.ts. */
export const FILTER_OPTIONS_URL = "/customers/filter-options";

/**
 * The barangay and plan filters' options, fetched once when the list first
 * shows rather than sent inside every page and every paging payload (a
 * tenant may have hundreds of barangays). Until they arrive the selects hold
 * the chosen values only; `retry` loads them again after a failed attempt.
 */
export function useFilterOptions(selected: SelectedFilters): { options: FilterOptions; retry: () => void } {
  const [loaded, setLoaded] = useState<FilterOptions | null>(null);
  const inFlight = useRef(false);
  const load = useCallback(() => {
    if (inFlight.current) return;
    inFlight.current = true;
    fetch(FILTER_OPTIONS_URL, { headers: { accept: "application/json" }, cache: "no-store" })
      .then((r) => (r.ok ? (r.json() as Promise<FilterOptions>) : null))
      .then((o) => {
        if (o) setLoaded(o);
      })
      // Offline or signed out meanwhile: the selects keep what they show; focusing one tries again.
      .catch(() => {})
      .finally(() => {
        inFlight.current = false;
      });
  }, []);
  useEffect(load, [load]);

  const barangays = loaded?.barangays ?? [];
  const plans = loaded?.plans ?? [];
  const options = {
    barangays: selected.barangay && !barangays.some((b) => b.id === selected.barangay!.id) ? [selected.barangay, ...barangays] : barangays,
    plans: selected.plan && !plans.some((p) => p.id === selected.plan!.id) ? [selected.plan, ...plans] : plans,
  };
  return { options, retry: () => (loaded ? undefined : load()) };
}
