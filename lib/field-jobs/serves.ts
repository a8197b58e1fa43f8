import type { FieldJobKind } from "@/db/schema/plant";

/** Which line states each kind of job serves. */
export const SERVES: Record<FieldJobKind, readonly string[]> = {
  installation: ["pending"],
  relocation: ["active", "suspended"],
  port_swap: ["active", "suspended"],
  device_swap: ["active", "suspended"],
  // After termination only: a suspended line keeps its port and device for when it is paid up.
  pull_out: ["cancelled"],
};
