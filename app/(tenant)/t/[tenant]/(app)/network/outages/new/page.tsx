import type { Metadata } from "next";
import { DeclareOutageForm } from "@/components/outages/declare-form";
import { NetworkTabs } from "@/components/plant/network-tabs";
import { PageHeader } from "@/components/shell/page-header";
import { ponPortNames } from "@/db/queries/outages";
import { withTenant } from "@/db/tenant";
import { requirePermission } from "@/lib/auth/current";
import { outageTargetById } from "@/lib/outages/target";
import { localInputValue } from "@/lib/time/local-time";
import { isUuid } from "@/lib/uuid";
import { declareOutageAction } from "../actions";

export const metadata: Metadata = { title: "Declare outage" };

const KINDS = ["nap", "lcp", "pon_port"] as const;
type Kind = (typeof KINDS)[number];

export default async function DeclareOutagePage({ searchParams }: PageProps<"/t/[tenant]/network/outages/new">) {
  const { tenant } = await requirePermission("network.manage");
  const { kind: kindParam, id } = await searchParams;
  const kind: Kind = KINDS.find((k) => k === kindParam) ?? "nap";
  const { ponPorts, target } = await withTenant(tenant.id, async (tx) => ({
    ponPorts: await ponPortNames(tx),
    target: typeof id === "string" && isUuid(id) ? await outageTargetById(tx, kind, id) : null,
  }));
  const back = target?.kind === "nap" ? `/network/plant/naps/${target.id}` : target?.kind === "lcp" ? `/network/plant/lcps/${target.id}` : "/network/outages";
  return (
    <>
      <NetworkTabs current="/network/outages" />
      <PageHeader title="Declare outage" description="FiberBill lists every active line behind it and tells each customer." />
      <DeclareOutageForm action={declareOutageAction} kind={kind} target={target?.label ?? ""} ponPorts={ponPorts} now={localInputValue(new Date(), tenant.timeZone)} cancelHref={back} />
    </>
  );
}
