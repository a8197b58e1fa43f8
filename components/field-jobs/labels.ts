import type { FieldJobKind, FieldJobStatus } from "@/db/schema/plant";

export const JOB_KIND_LABEL: Record<FieldJobKind, string> = {
  installation: "Installation",
  relocation: "Relocation",
  port_swap: "Port swap",
  device_swap: "Device swap",
  pull_out: "Pull-out",
};

export const JOB_STATUS_LABEL: Record<FieldJobStatus, string> = {
  scheduled: "Scheduled",
  en_route: "On the way",
  on_site: "On site",
  done: "Done",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** What each kind of job does, said on the form. */
export const JOB_KIND_HINT: Record<FieldJobKind, string> = {
  installation: "Connects a new line: the port is reserved now; completing the job activates the line and starts its billing.",
  relocation: "Moves the line to a port at its new address; the old port is freed on completion.",
  port_swap: "Moves the line to another port of the plant (a faulty port, a rebalanced box).",
  device_swap: "Replaces the line's ONU or router; the old device comes back as returned or defective.",
  pull_out: "Takes the line off the plant after termination: its port is freed and its device brought back.",
};
