import { Badge } from "@/components/ui/badge";

type CustomerStatus = "active" | "suspended" | "disconnected" | "terminated";

const VARIANT: Record<CustomerStatus, "success" | "warning" | "secondary" | "destructive"> = {
  active: "success",
  suspended: "warning",
  disconnected: "destructive",
  terminated: "secondary",
};

export function CustomerStatusBadge({ status }: { status: CustomerStatus }) {
  return (
    <Badge variant={VARIANT[status]} className="capitalize">
      {status}
    </Badge>
  );
}
