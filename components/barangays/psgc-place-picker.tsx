"use client";

import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type Place = { code: string; name: string };

/**
 * Province, then city: a GET form, so the server lists the cities and the
 * preview from the URL and the browser loads no PSGC data. Choosing applies at
 * once when JavaScript runs; the button covers when it does not.
 */
export function PsgcPlacePicker({ provinces, cities, province, city }: { provinces: Place[]; cities: Place[]; province?: string; city?: string }) {
  return (
    <form method="get" className="grid gap-3 rounded-lg border p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label="Choose a place">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="psgc-province">Province</Label>
        <NativeSelect
          id="psgc-province"
          name="province"
          defaultValue={province ?? ""}
          onChange={(e) => {
            // The cities listed belong to the previous province.
            const c = e.currentTarget.form?.elements.namedItem("city");
            if (c instanceof HTMLSelectElement) c.value = "";
            e.currentTarget.form?.requestSubmit();
          }}
        >
          <NativeSelectOption value="" disabled>
            Choose a province
          </NativeSelectOption>
          {provinces.map((p) => (
            <NativeSelectOption key={p.code} value={p.code}>
              {p.name}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="psgc-city">City / municipality</Label>
        <NativeSelect
          id="psgc-city"
          name="city"
          defaultValue={city ?? ""}
          disabled={cities.length === 0}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
        >
          <NativeSelectOption value="">{cities.length === 0 ? "Choose a province first" : "Choose a city or municipality"}</NativeSelectOption>
          {cities.map((c) => (
            <NativeSelectOption key={c.code} value={c.code}>
              {c.name}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <Button type="submit" variant="outline">
        Show barangays
      </Button>
    </form>
  );
}
