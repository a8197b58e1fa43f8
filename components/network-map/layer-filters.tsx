"use client";

import { Checkbox } from "@/components/ui/checkbox";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import { MAP_LAYERS, type MapLayer } from "@/lib/map/contract";
import { LAYER_LABELS } from "./colors";

export type LayerSwitches = Record<MapLayer, boolean>;

/** Which layers the map draws, and the barangay it keeps to. */
export function LayerFilters({
  layers,
  onLayersChange,
  barangays,
  barangay,
  onBarangayChange,
}: {
  layers: LayerSwitches;
  onLayersChange: (layers: LayerSwitches) => void;
  barangays: { id: string; label: string }[];
  barangay: string;
  onBarangayChange: (id: string) => void;
}) {
  return (
    <div className="flex flex-wrap items-end gap-x-5 gap-y-3">
      <fieldset className="flex min-h-9 flex-wrap items-center gap-x-4 gap-y-2">
        <legend className="sr-only">Layers</legend>
        {MAP_LAYERS.map((layer) => (
          <div key={layer} className="flex items-center gap-2">
            <Checkbox id={`map-layer-${layer}`} checked={layers[layer]} onCheckedChange={(checked) => onLayersChange({ ...layers, [layer]: checked === true })} />
            <Label htmlFor={`map-layer-${layer}`} className="font-normal">
              {LAYER_LABELS[layer]}
            </Label>
          </div>
        ))}
      </fieldset>
      {barangays.length > 0 ? (
        <div className="flex w-full flex-col gap-1.5 sm:w-56">
          <Label htmlFor="map-barangay">Barangay</Label>
          <NativeSelect id="map-barangay" value={barangay} onChange={(e) => onBarangayChange(e.target.value)}>
            <NativeSelectOption value="">All barangays</NativeSelectOption>
            {barangays.map((b) => (
              <NativeSelectOption key={b.id} value={b.id}>
                {b.label}
              </NativeSelectOption>
            ))}
          </NativeSelect>
        </div>
      ) : null}
    </div>
  );
}
