import { FIELD_JOB_KINDS, type FieldJobKind, type FieldJobStatus } from "@/db/schema/plant";

/** A job still to be done: it holds its reserved port and its device. */
export const OPEN_JOB_STATUSES = ["scheduled", "en_route", "on_site"] as const satisfies readonly FieldJobStatus[];

export function isOpenJob(status: string): boolean {
  return (OPEN_JOB_STATUSES as readonly string[]).includes(status);
}

/** Which line states each kind of job serves. */
export const SERVES: Record<FieldJobKind, readonly string[]> = {
  installation: ["pending"],
  relocation: ["active", "suspended"],
  port_swap: ["active", "suspended"],
  device_swap: ["active", "suspended"],
  // After termination only: a suspended line keeps its port and device for when it is paid up.
  pull_out: ["cancelled"],
};

/** The kinds of job a line in this status can have (the schedule form offers these). */
export function jobKindsFor(lineStatus: string): FieldJobKind[] {
  return FIELD_JOB_KINDS.filter((kind) => SERVES[kind].includes(lineStatus));
}
