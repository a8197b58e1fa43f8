"use client";

import { LocateFixed } from "lucide-react";
import { useState } from "react";
import { TextField } from "@/components/forms/text-field";
import { Button } from "@/components/ui/button";

type Props = {
  latitude?: number | null;
  longitude?: number | null;
  errorsFor: (name: string) => string[] | undefined;
  /** Names of the two inputs (a job's premises GPS uses the same ones). */
  label?: string;
};

/** Latitude and longitude, typed or taken from the device's location (a technician standing at the box). */
export function GpsFields({ latitude, longitude, errorsFor, label = "Use my location" }: Props) {
  const [lat, setLat] = useState(latitude != null ? String(latitude) : "");
  const [lng, setLng] = useState(longitude != null ? String(longitude) : "");
  const [problem, setProblem] = useState<string | null>(null);
  const [locating, setLocating] = useState(false);
  const locate = () => {
    if (!("geolocation" in navigator)) return setProblem("This browser cannot tell its location. Type the coordinates.");
    setLocating(true);
    setProblem(null);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLat(pos.coords.latitude.toFixed(6));
        setLng(pos.coords.longitude.toFixed(6));
        setLocating(false);
      },
      () => {
        setProblem("The location could not be read (allow location access, or type the coordinates).");
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15000 },
    );
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-2 text-sm font-medium">GPS</legend>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="latitude" label="Latitude" inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} placeholder="8.4542" autoComplete="off" errors={errorsFor("latitude")} />
        <TextField name="longitude" label="Longitude" inputMode="decimal" value={lng} onChange={(e) => setLng(e.target.value)} placeholder="124.6319" autoComplete="off" errors={errorsFor("longitude")} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="outline" size="sm" onClick={locate} disabled={locating}>
          <LocateFixed /> {locating ? "Locating…" : label}
        </Button>
        {problem ? (
          <p role="status" className="text-sm text-destructive">
            {problem}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
