"use client";

import { Camera, X } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

/** The part of the Shape Detection API used here (not yet in TypeScript's DOM types). */
type DetectedBarcode = { rawValue: string };
type BarcodeDetectorLike = { detect(source: HTMLVideoElement): Promise<DetectedBarcode[]> };
type BarcodeDetectorClass = new (options?: { formats?: string[] }) => BarcodeDetectorLike;

function detectorClass(): BarcodeDetectorClass | null {
  if (typeof window === "undefined") return null;
  return (window as unknown as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector ?? null;
}

// Labels on ONUs and routers carry Code 128 (serial, MAC) and sometimes QR codes.
const FORMATS = ["code_128", "code_39", "qr_code", "data_matrix", "ean_13"];
const noSubscribe = () => () => {};

/**
 * "Scan with camera": reads barcodes with the phone's back camera and hands
 * each new value to `onScan`. Shown only where the browser has
 * BarcodeDetector (Chrome on Android, for one); elsewhere the serials are
 * typed or scanned with a USB scanner into the box.
 */
export function BarcodeScanButton({ onScan }: { onScan: (value: string) => void }) {
  // False on the server and in browsers without the API, so the button never flashes in.
  const supported = useSyncExternalStore(noSubscribe, () => detectorClass() !== null && Boolean(navigator.mediaDevices?.getUserMedia), () => false);
  const [open, setOpen] = useState(false);
  if (!supported) return null;
  return open ? (
    <Scanner onScan={onScan} onClose={() => setOpen(false)} />
  ) : (
    <Button type="button" variant="outline" onClick={() => setOpen(true)}>
      <Camera /> Scan with camera
    </Button>
  );
}

function Scanner({ onScan, onClose }: { onScan: (value: string) => void; onClose: () => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [scanned, setScanned] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const onScanRef = useRef(onScan);
  useEffect(() => {
    onScanRef.current = onScan;
  }, [onScan]);

  useEffect(() => {
    const Detector = detectorClass();
    if (!Detector) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const seen = new Set<string>();
    const detector = new Detector({ formats: FORMATS });
    const tick = async () => {
      if (stopped || !video.current) return;
      try {
        for (const code of await detector.detect(video.current)) {
          const value = code.rawValue.trim();
          if (!value || seen.has(value)) continue;
          seen.add(value);
          onScanRef.current(value);
          setScanned((s) => [value, ...s]);
          navigator.vibrate?.(60);
        }
      } catch {
        // A frame that could not be read; the next one may.
      }
      timer = setTimeout(tick, 250);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(async (s) => {
        if (stopped) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        if (video.current) {
          video.current.srcObject = s;
          await video.current.play();
        }
        void tick();
      })
      .catch(() => setError("The camera could not be opened. Allow camera access for this site, or type the serials."));
    return () => {
      stopped = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, []);

  return (
    <div className="flex flex-col gap-2 rounded-lg border p-3" aria-label="Camera scanner" role="region">
      {error ? (
        <p role="alert" className="text-sm text-destructive">
          {error}
        </p>
      ) : (
        <video ref={video} className="aspect-video w-full rounded-md bg-black object-cover" muted playsInline />
      )}
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {scanned.length === 0 ? "Point the camera at a label's barcode." : `Added ${scanned.length}: ${scanned.slice(0, 3).join(", ")}${scanned.length > 3 ? ", …" : ""}`}
      </p>
      <Button type="button" variant="secondary" onClick={onClose} className="self-start">
        <X /> Done scanning
      </Button>
    </div>
  );
}
