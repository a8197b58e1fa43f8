import { sql } from "drizzle-orm";
import { rowsOf } from "@/db/rows";
import type { Tx } from "@/db/types";

/** A port and everything upstream of it, as the loss check and the customer page read it. */
export type PortChain = {
  portId: string;
  portNumber: number;
  portState: string;
  napId: string;
  napCode: string;
  napRatio: number;
  distanceFromLcpM: number;
  lcpId: string | null;
  lcpCode: string | null;
  lcpRatio: number | null;
  feederLengthM: number | null;
  ponPortId: string | null;
  ponLabel: string | null;
  txPowerDbm: number | null;
  oltId: string | null;
  oltName: string | null;
};

export async function portChain(tx: Tx, portId: string): Promise<PortChain | null> {
  const [row] = rowsOf<PortChain>(
    await tx.execute(sql`
      select p.id as "portId", p.port_number as "portNumber", p.state as "portState",
        n.id as "napId", n.code as "napCode", n.splitter_ratio as "napRatio", n.distance_from_lcp_m as "distanceFromLcpM",
        l.id as "lcpId", l.code as "lcpCode", l.splitter_ratio as "lcpRatio", l.feeder_length_m as "feederLengthM",
        pp.id as "ponPortId", pp.label as "ponLabel", pp.tx_power_dbm as "txPowerDbm",
        o.id as "oltId", o.name as "oltName"
      from nap_ports p
      join naps n on n.tenant_id = p.tenant_id and n.id = p.nap_id
      left join lcps l on l.tenant_id = n.tenant_id and l.id = n.lcp_id
      left join pon_ports pp on pp.tenant_id = l.tenant_id and pp.id = l.pon_port_id
      left join olts o on o.tenant_id = pp.tenant_id and o.id = pp.olt_id
      where p.id = ${portId}`),
  );
  return row ?? null;
}
