"use client";

import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type Values = { q?: string; province?: string; city?: string };

/** A plain GET form (selects apply at once when JavaScript runs): search and filters live in the URL, so a view can be bookmarked and Back works. */
export function BarangayFilters({ places, values }: { places: { province: string; city: string }[]; values: Values }) {
  const provinces = [...new Set(places.map((p) => p.province))];
  // With a province chosen, only its cities; otherwise every city, with its province to tell namesakes apart.
  const cities = values.province
    ? places.filter((p) => p.province.toLowerCase() === values.province!.toLowerCase()).map((p) => ({ value: p.city, label: p.city }))
    : places.map((p) => ({ value: p.city, label: `${p.city} (${p.province})` }));
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end" aria-label="Search barangays">
      <div className="flex flex-col gap-1.5 sm:col-span-2 lg:col-span-1">
        <Label htmlFor="f-q">Search</Label>
        <div className="relative">
          <Search aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input id="f-q" name="q" type="search" defaultValue={values.q} placeholder="Name, city, province or PSGC code" className="pl-8" />
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-province">Province</Label>
        <NativeSelect
          id="f-province"
          name="province"
          defaultValue={values.province ?? ""}
          onChange={(e) => {
            // A city of the previous province would match nothing: start over at "All cities".
            const city = e.currentTarget.form?.elements.namedItem("city");
            if (city instanceof HTMLSelectElement) city.value = "";
            e.currentTarget.form?.requestSubmit();
          }}
        >
          <NativeSelectOption value="">All provinces</NativeSelectOption>
          {provinces.map((p) => (
            <NativeSelectOption key={p} value={p}>
              {p}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-city">City / municipality</Label>
        <NativeSelect id="f-city" name="city" defaultValue={values.city ?? ""} onChange={(e) => e.currentTarget.form?.requestSubmit()}>
          <NativeSelectOption value="">All cities</NativeSelectOption>
          {cities.map((c) => (
            <NativeSelectOption key={c.label} value={c.value}>
              {c.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex gap-2">
        <Button type="submit">Search</Button>
        <Button asChild variant="ghost">
          <a href="?">Clear</a>
        </Button>
      </div>
    </form>
  );
}
