import { PlugZap, Unplug } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { WorkItemKind } from "@/db/schema/operations";

export const KIND_LABEL: Record<WorkItemKind, string> = { disconnect: "Disconnect", reconnect: "Reconnect" };

/** Disconnect in red, reconnect in green: told apart at a glance on a phone in the sun. */
export function WorkKindBadge({ kind }: { kind: WorkItemKind }) {
  return kind === "disconnect" ? (
    <Badge variant="destructive">
      <Unplug aria-hidden /> {KIND_LABEL.disconnect}
    </Badge>
  ) : (
    <Badge variant="success">
      <PlugZap aria-hidden /> {KIND_LABEL.reconnect}
    </Badge>
  );
}
