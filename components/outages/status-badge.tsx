import { Badge } from "@/components/ui/badge";

/** Open (red) or resolved (plain), the same on the list and the outage's page. */
export function OutageStatusBadge({ resolvedAt }: { resolvedAt: Date | null }) {
  return resolvedAt ? <Badge variant="outline">Resolved</Badge> : <Badge variant="destructive">Open</Badge>;
}
