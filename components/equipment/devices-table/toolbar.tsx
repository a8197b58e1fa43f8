"use client";

import { FilterSelect, FilterToolbar } from "@/components/tables/filter-toolbar";
import type { DeviceKind, DeviceStatus } from "@/db/schema/plant";
import { brandModel, DEVICE_KIND_LABELS, DEVICE_STATUS_LABELS } from "@/lib/equipment/status";
import { isFilteredDeviceView, modelKey, type DeviceListState } from "@/lib/validations/equipment";

export type DeviceFilterOptions = { models: { brand: string; model: string }[]; staff: { id: string; name: string; active: boolean }[] };
type Update = (patch: Partial<DeviceListState>, opts?: { replace?: boolean }) => void;

const KIND_OPTIONS = (Object.keys(DEVICE_KIND_LABELS) as DeviceKind[]).map((k) => ({ value: k, label: DEVICE_KIND_LABELS[k] }));
const STATUS_OPTIONS = (Object.keys(DEVICE_STATUS_LABELS) as DeviceStatus[]).map((s) => ({ value: s, label: DEVICE_STATUS_LABELS[s] }));

/** Search by serial or MAC (debounced) and the filters: kind, status, technician, brand and model. */
export function DevicesToolbar({ state, update, options }: { state: DeviceListState; update: Update; options: DeviceFilterOptions }) {
  const staff = options.staff.map((u) => ({ value: u.id, label: u.active ? u.name : `${u.name} (inactive)` }));
  const models = options.models.map((m) => ({ value: modelKey(m.brand, m.model), label: brandModel(m.brand, m.model) }));
  return (
    <FilterToolbar
      searchLabel="Search equipment"
      placeholder="Serial or MAC"
      q={state.q}
      // Replace, so Back skips keystrokes.
      onSearch={(q) => update({ q }, { replace: true })}
      filtered={isFilteredDeviceView(state)}
      onClear={() => update({ q: undefined, kind: undefined, status: undefined, technician: undefined, model: undefined })}
    >
      <FilterSelect label="Kind" allLabel="ONUs and routers" value={state.kind} options={KIND_OPTIONS} onChange={(kind) => update({ kind })} className="sm:w-44" />
      <FilterSelect label="Status" allLabel="All statuses" value={state.status} options={STATUS_OPTIONS} onChange={(status) => update({ status })} className="sm:w-40" />
      <FilterSelect label="Technician" allLabel="Any technician" value={state.technician} options={staff} onChange={(technician) => update({ technician })} className="sm:w-44" />
      <FilterSelect label="Brand and model" allLabel="All models" value={state.model} options={models} onChange={(model) => update({ model })} className="sm:w-48" />
    </FilterToolbar>
  );
}
