"use client";

import { useEffect } from "react";
import { Printer } from "lucide-react";
import { Button } from "@/components/ui/button";

/** The print view's button; with ?print=1 (from "Print receipt" at the counter) the dialog opens at once. */
export function PrintButton({ auto = false, label = "Print" }: { auto?: boolean; label?: string }) {
  useEffect(() => {
    if (auto) window.print();
  }, [auto]);
  return (
    <Button onClick={() => window.print()} className="print:hidden">
      <Printer /> {label}
    </Button>
  );
}
