import { describe, expect, it } from "vitest";
import { checkReading, DEFAULT_BUDGET, expectedRxDbm, type PlantChain } from "./loss-check";

const chain = (over: Partial<PlantChain> = {}): PlantChain => ({
  txPowerDbm: 3,
  lcpRatio: 4,
  napRatio: 8,
  feederLengthM: 2000,
  distanceFromLcpM: 500,
  dropLengthM: 100,
  ...over,
});

describe("expected receive power", () => {
  // tx − LCP splitter − NAP splitter − km × 0.35 − 1.5 connectors
  it.each([
    ["1:4 then 1:8, 2.6 km", chain(), 3 - 7.3 - 10.5 - 2.6 * 0.35 - 1.5],
    ["1:2 then 1:16, no fibre", chain({ lcpRatio: 2, napRatio: 16, feederLengthM: 0, distanceFromLcpM: 0, dropLengthM: 0 }), 3 - 3.7 - 13.7 - 1.5],
    ["1:16 then 1:16, 10 km, weak optic", chain({ txPowerDbm: 1.5, lcpRatio: 16, napRatio: 16, feederLengthM: 9000, distanceFromLcpM: 900, dropLengthM: 100 }), 1.5 - 13.7 - 13.7 - 10 * 0.35 - 1.5],
    ["1:8 then 1:4, 1 km", chain({ lcpRatio: 8, napRatio: 4, feederLengthM: 1000, distanceFromLcpM: 0, dropLengthM: 0 }), 3 - 10.5 - 7.3 - 0.35 - 1.5],
  ])("%s", (_, c, expected) => expect(expectedRxDbm(c)).toBeCloseTo(expected, 2));

  it("uses the tenant's own figures", () => {
    const budget = { ...DEFAULT_BUDGET, splitterLossDb: { ...DEFAULT_BUDGET.splitterLossDb, "8": 11 }, connectorAllowanceDb: 2, fibreLossDbPerKm: 0.4 };
    expect(expectedRxDbm(chain(), budget)).toBeCloseTo(3 - 7.3 - 11 - 2.6 * 0.4 - 2, 2);
  });
});

describe("checking a reading", () => {
  const expected = expectedRxDbm(chain()); // −17.21
  it.each([
    ["as expected", expected, null],
    ["2.9 dB worse: within tolerance", expected - 2.9, null],
    ["3.5 dB worse", expected - 3.5, /3\.50 dB worse than the expected -17\.21 dBm: check the splice at NAP-12 port 3\./],
    ["better than expected", expected + 2, null],
    ["below −27 dBm", -27.5, /-27\.50 dBm is below -27 dBm; 10\.29 dB worse/],
  ])("%s", (_, measured, flag) => {
    const verdict = checkReading(chain(), measured, "NAP-12 port 3");
    if (flag === null) expect(verdict.flag).toBeNull();
    else expect(verdict.flag).toMatch(flag);
  });

  it("flags a weak reading on a long run even when the chain explains it", () => {
    const long = chain({ lcpRatio: 16, napRatio: 16, feederLengthM: 9000 });
    const verdict = checkReading(long, expectedRxDbm(long), "NAP-3 port 1");
    expect(verdict.flag).toMatch(/is below -27 dBm: check the splice at NAP-3 port 1/);
  });
});
