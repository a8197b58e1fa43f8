import { nearbyNapsWithFreePorts, type NearbyNap } from "@/db/queries/free-ports";
import type { Tx } from "@/db/types";
import type { FreePortCandidate } from "@/lib/map/contract";
import { loadBudget } from "./budget";
import { expectedRxDbm, type OpticalBudget } from "./loss-check";

/**
 * A drop cable does not fly straight: it runs along poles and into the
 * house. Planners in the field add about a quarter to the straight line and
 * 15 m for the pole-to-house run and the service loop; rounded up to 5 m, as
 * drop cable is cut.
 */
export function estimatedDropLengthM(distanceM: number): number {
  return Math.ceil((distanceM * 1.25 + 15) / 5) * 5;
}

/** The searches widen until enough NAPs are found: a street, a barangay, a town. */
export const SEARCH_RADII_M = [500, 2_000, 10_000] as const;

export function toCandidate(nap: NearbyNap, budget: OpticalBudget): FreePortCandidate {
  const dropLengthM = estimatedDropLengthM(nap.distanceM);
  const known = nap.lcpRatio !== null && nap.feederLengthM !== null && nap.txPowerDbm !== null;
  return {
    napId: nap.napId,
    code: nap.code,
    name: nap.name,
    lat: nap.lat,
    lng: nap.lng,
    distanceM: Math.round(nap.distanceM),
    dropLengthM,
    freePorts: nap.freePorts,
    firstFreePortId: nap.firstFreePortId,
    firstFreePortNumber: nap.firstFreePortNumber,
    expectedRxDbm: known
      ? expectedRxDbm({ txPowerDbm: nap.txPowerDbm!, lcpRatio: nap.lcpRatio!, napRatio: nap.napRatio, feederLengthM: nap.feederLengthM!, distanceFromLcpM: nap.distanceFromLcpM, dropLengthM }, budget)
      : null,
  };
}

/** The nearest NAPs with a free port to a point, nearest first, with the drop and the signal to expect. */
export async function findFreePorts(tx: Tx, point: { lat: number; lng: number }, limit = 8): Promise<FreePortCandidate[]> {
  let found: NearbyNap[] = [];
  for (const radius of SEARCH_RADII_M) {
    found = await nearbyNapsWithFreePorts(tx, point, radius, limit);
    if (found.length >= limit) break;
  }
  const budget = await loadBudget(tx);
  return found.map((nap) => toCandidate(nap, budget));
}
