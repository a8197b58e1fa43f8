/** Coordinates as text with a link that opens them in the phone's map app. */
export function Coordinates({ latitude, longitude }: { latitude: number | null; longitude: number | null }) {
  if (latitude === null || longitude === null) return <span className="text-muted-foreground">Not recorded</span>;
  const at = `${latitude.toFixed(6)},${longitude.toFixed(6)}`;
  return (
    <a href={`https://www.google.com/maps/search/?api=1&query=${at}`} target="_blank" rel="noreferrer" className="tabular-nums underline-offset-2 hover:underline">
      {at}
    </a>
  );
}
