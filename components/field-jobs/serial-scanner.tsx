"use client";

import { ScanLine } from "lucide-react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";

type Detector = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorClass = new (options?: { formats?: string[] }) => Detector;

function barcodeDetector(): DetectorClass | null {
  return typeof window !== "undefined" && "BarcodeDetector" in window ? ((window as unknown as { BarcodeDetector: DetectorClass }).BarcodeDetector) : null;
}

const noChanges = () => () => {};

/**
 * Reads a device label's barcode with the phone's camera where the browser
 * can (BarcodeDetector: Chrome on Android); elsewhere the button is not shown
 * and the serial is typed.
 */
export function SerialScanner({ onSerial }: { onSerial: (serial: string) => void }) {
  // Read in the browser only (false on the server), so server and client render the same first.
  const supported = useSyncExternalStore(
    noChanges,
    () => barcodeDetector() !== null && Boolean(navigator.mediaDevices?.getUserMedia),
    () => false,
  );
  const [scanning, setScanning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (!scanning) return;
    const Detector = barcodeDetector();
    if (!Detector || !video.current) return;
    let stream: MediaStream | null = null;
    let stopped = false;
    const detector = new Detector({ formats: ["code_128", "code_39", "qr_code", "data_matrix", "ean_13"] });
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        video.current!.srcObject = stream;
        await video.current!.play();
        while (!stopped) {
          const found = await detector.detect(video.current!);
          if (found[0]?.rawValue) {
            onSerial(found[0].rawValue);
            setScanning(false);
            return;
          }
          await new Promise((r) => setTimeout(r, 250));
        }
      } catch {
        setProblem("The camera could not be opened. Type the serial instead.");
        setScanning(false);
      }
    })();
    return () => {
      stopped = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [scanning, onSerial]);
  if (!supported) return null;
  return (
    <div className="flex flex-col gap-2">
      <Button type="button" variant="outline" size="sm" className="self-start" onClick={() => setScanning((s) => !s)}>
        <ScanLine /> {scanning ? "Stop scanning" : "Scan the label"}
      </Button>
      {scanning ? <video ref={video} className="aspect-video w-full max-w-sm rounded-md bg-black" muted playsInline /> : null}
      {problem ? <p className="text-sm text-destructive">{problem}</p> : null}
    </div>
  );
}
