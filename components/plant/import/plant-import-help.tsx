/** What each kind of file should hold, in the words ISPs use for their columns. */
export function PlantImportHelp() {
  return (
    <section aria-labelledby="plant-import-help" className="flex max-w-3xl flex-col gap-3 text-sm">
      <h2 id="plant-import-help" className="text-base font-semibold">
        What the file can hold
      </h2>
      <dl className="flex flex-col gap-3">
        <div>
          <dt className="font-medium">LCPs (CSV)</dt>
          <dd className="text-muted-foreground">
            LCP Code, Name, Barangay, Latitude, Longitude (or one “Lat, Long” column), Splitter (1:2, 1:4, 1:8 or 1:16), PON Port (its label, like 0/1/1), Feeder length (m), Notes.
          </dd>
        </div>
        <div>
          <dt className="font-medium">NAPs (CSV)</dt>
          <dd className="text-muted-foreground">
            NAP Code, Name, LCP Code, Barangay, Latitude, Longitude, Pole No., Splitter (1:4, 1:8 or 1:16), Distance from LCP (m), Notes. A file with a Type column (LCP or NAP)
            can hold both; its LCPs are added first.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Port assignments (CSV)</dt>
          <dd className="text-muted-foreground">
            NAP Code, Port, Account No.: records who is already connected where. The customer needs exactly one active or suspended line; new connections go through
            installation jobs.
          </dd>
        </div>
        <div>
          <dt className="font-medium">Google Earth (KML or KMZ)</dt>
          <dd className="text-muted-foreground">
            Pins named LCP… or NAP… (or kept in folders named so). A splitter written in the description (“1:16”) is used, else 1:8. A NAP inside an LCP&apos;s folder
            hangs on that LCP; other NAPs are added without one.
          </dd>
        </div>
      </dl>
      <p className="text-muted-foreground">
        Rows with problems are shown with the reason and skipped; the others are added together. Codes already in your plant are never changed.
      </p>
    </section>
  );
}
