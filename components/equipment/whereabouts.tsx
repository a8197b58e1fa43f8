import Link from "next/link";
import type { DeviceStatus } from "@/db/schema/plant";

export type Whereabouts = {
  status: DeviceStatus;
  technicianName: string | null;
  customerId: string | null;
  customerName: string | null;
  accountNo: string | null;
  subscriptionLabel: string | null;
};

/** Where a device is now, in words: on the shelf, with whom, or at which subscriber (linked). */
export function WhereItIs({ w }: { w: Whereabouts }) {
  switch (w.status) {
    case "in_stock":
      return <span>In stock</span>;
    case "with_technician":
      return <span>With {w.technicianName ?? "a technician"}</span>;
    case "installed":
      return w.customerId ? (
        <span>
          Installed at{" "}
          <Link href={`/customers/${w.customerId}`} prefetch={false} className="font-medium underline-offset-4 hover:underline">
            {w.customerName}
          </Link>{" "}
          <span className="font-mono text-xs text-muted-foreground">
            {w.accountNo}
            {w.subscriptionLabel ? ` · ${w.subscriptionLabel}` : ""}
          </span>
        </span>
      ) : (
        <span>Installed</span>
      );
    case "returned":
      return <span className="text-muted-foreground">Returned</span>;
    case "defective":
      return <span className="text-muted-foreground">Defective</span>;
    case "lost":
      return <span className="text-muted-foreground">Lost</span>;
  }
}
