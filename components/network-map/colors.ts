import type { MapLayer, NapState, SubscriberState } from "@/lib/map/contract";

/**
 * The map's colours, one table for the canvas and the legend. Canvas paths
 * take plain colour strings, not CSS variables, so these are hex values that
 * read on the light tiles and on the plain backgrounds of both themes.
 */
export const NAP_COLORS: Record<NapState, string> = {
  free: "#16a34a",
  few: "#f59e0b",
  full: "#dc2626",
  faulty: "#9333ea",
};

export const NAP_STATE_LABELS: Record<NapState, string> = {
  free: "NAP with several free ports",
  few: "NAP with 1 or 2 free ports",
  full: "NAP with no free port",
  faulty: "NAP with a faulty port",
};

export const SUBSCRIBER_COLORS: Record<SubscriberState, string> = {
  paid: "#22c55e",
  overdue: "#f97316",
  suspended: "#ef4444",
  waiting: "#3b82f6",
};

export const SUBSCRIBER_STATE_LABELS: Record<SubscriberState, string> = {
  paid: "Subscriber, paid up",
  overdue: "Subscriber, overdue",
  suspended: "Subscriber, suspended",
  waiting: "Subscriber waiting for installation",
};

export const LCP_COLOR = "#1e3a8a";

/** Cluster bubbles: one colour per layer, so a count says what it counts. */
export const CLUSTER_COLORS: Record<MapLayer, string> = {
  lcps: "#1e3a8a",
  naps: "#0f766e",
  subscribers: "#475569",
};

export const LAYER_LABELS: Record<MapLayer, string> = {
  lcps: "LCP cabinets",
  naps: "NAP boxes",
  subscribers: "Subscribers",
};

/** Drop and feeder lines, the outage ring and the free-port finder's marks. */
export const LINE_COLOR = "#64748b";
export const OUTAGE_RING = "#111827";
export const FINDER_COLOR = "#0284c7";
export const ME_COLOR = "#2563eb";
