"use client";

import { useState } from "react";

export type Located = { lat: number; lng: number; accuracyM: number };

/** Why the browser gave no position, in words a technician can act on. */
function locateError(error: GeolocationPositionError): string {
  switch (error.code) {
    case error.PERMISSION_DENIED:
      return "Location is blocked for this site. Allow location in the browser's site settings, then press Locate me again.";
    case error.POSITION_UNAVAILABLE:
      return "The phone could not work out where you are. Turn on location (GPS) and try again.";
    default:
      return "Finding your location took too long. Try again, outdoors if you can.";
  }
}

/** The browser's position, asked for on a press ("Locate me"), never on page load. */
export function useLocate(onLocated: (where: Located) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function locate() {
    if (!("geolocation" in navigator)) {
      setError("This browser cannot tell the map where you are.");
      return;
    }
    setBusy(true);
    setError(null);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setBusy(false);
        onLocated({ lat: position.coords.latitude, lng: position.coords.longitude, accuracyM: position.coords.accuracy });
      },
      (e) => {
        setBusy(false);
        setError(locateError(e));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 30_000 },
    );
  }

  return { locate, busy, error, clearError: () => setError(null) };
}
