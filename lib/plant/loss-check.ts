/**
 * The loss check: what a subscriber's ONU should receive, from the plant chain
 * (PON transmit power, the LCP's and the NAP's splitters, the fibre between),
 * and whether a measured reading is worse than the chain explains.
 */

export type OpticalBudget = {
  /** Insertion loss in dB by splitter ratio ("8" is a 1:8 splitter). */
  splitterLossDb: Record<string, number>;
  fibreLossDbPerKm: number;
  /** Connectors and splices along the path, in all. */
  connectorAllowanceDb: number;
  /** A reading this much below the expectation is flagged. */
  toleranceDb: number;
  /** A reading below this is flagged whatever the expectation. */
  minimumRxDbm: number;
};

/** Typical PLC splitter losses (ITU-T G.671 class figures ISPs quote) and G.652 fibre at 1490 nm. */
export const DEFAULT_BUDGET: OpticalBudget = {
  splitterLossDb: { "2": 3.7, "4": 7.3, "8": 10.5, "16": 13.7, "32": 17.1 },
  fibreLossDbPerKm: 0.35,
  connectorAllowanceDb: 1.5,
  toleranceDb: 3,
  minimumRxDbm: -27,
};

export type PlantChain = {
  txPowerDbm: number;
  lcpRatio: number;
  napRatio: number;
  feederLengthM: number;
  distanceFromLcpM: number;
  dropLengthM: number;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

export function splitterLoss(budget: OpticalBudget, ratio: number): number {
  const loss = budget.splitterLossDb[String(ratio)];
  if (loss === undefined) throw new Error(`No splitter loss configured for 1:${ratio}`);
  return loss;
}

/** Expected receive power at the ONU, dBm, rounded to 0.01. */
export function expectedRxDbm(chain: PlantChain, budget: OpticalBudget = DEFAULT_BUDGET): number {
  const fibreKm = (chain.feederLengthM + chain.distanceFromLcpM + chain.dropLengthM) / 1000;
  return round2(
    chain.txPowerDbm - splitterLoss(budget, chain.lcpRatio) - splitterLoss(budget, chain.napRatio) - fibreKm * budget.fibreLossDbPerKm - budget.connectorAllowanceDb,
  );
}

export type SignalVerdict = { expectedDbm: number; measuredDbm: number; flag: string | null };

/**
 * Compares a reading with the expectation. `where` names the place to look
 * ("NAP-12 port 3"), so the flag tells a technician what to do.
 */
export function checkReading(chain: PlantChain, measuredDbm: number, where: string, budget: OpticalBudget = DEFAULT_BUDGET): SignalVerdict {
  const expectedDbm = expectedRxDbm(chain, budget);
  const worseBy = round2(expectedDbm - measuredDbm);
  const problems: string[] = [];
  if (measuredDbm < budget.minimumRxDbm) problems.push(`${measuredDbm.toFixed(2)} dBm is below ${budget.minimumRxDbm} dBm`);
  if (worseBy > budget.toleranceDb) problems.push(`${worseBy.toFixed(2)} dB worse than the expected ${expectedDbm.toFixed(2)} dBm`);
  const flag = problems.length === 0 ? null : `${problems.join("; ")}: check the splice at ${where}.`;
  return { expectedDbm, measuredDbm, flag };
}

/** A reading on a chain the plant does not fully know (no PON port recorded): only the floor applies. */
export function minimumOnlyVerdict(measuredDbm: number, where: string, budget: OpticalBudget = DEFAULT_BUDGET): { expectedDbm: null; measuredDbm: number; flag: string | null } {
  const flag = measuredDbm < budget.minimumRxDbm ? `${measuredDbm.toFixed(2)} dBm is below ${budget.minimumRxDbm} dBm: check the splice at ${where}.` : null;
  return { expectedDbm: null, measuredDbm, flag };
}
