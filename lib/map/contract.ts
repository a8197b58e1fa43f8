/**
 * What the network map's routes answer, shared by the server (db/queries/map)
 * and the browser (components/network-map). Points are positional arrays,
 * not objects: at street level a view holds hundreds of them and at city
 * level the clusters of 100,000, so the keys would be most of the payload.
 */

export type Bbox = { south: number; west: number; north: number; east: number };

export const MAP_LAYERS = ["lcps", "naps", "subscribers"] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * Below these zooms a layer comes as clusters (a grid of about 64 px cells,
 * counted in SQL); at or above, as points. Lines (LCP → NAP, NAP → subscriber)
 * are drawn from the points' second coordinates at LINES_ZOOM and above.
 */
export const POINTS_ZOOM: Record<MapLayer, number> = { lcps: 12, naps: 15, subscribers: 16 };
export const LINES_ZOOM = 16;
export const MAX_ZOOM = 19;

/** NAP colour: several free ports, one or two, none, a faulty port. */
export type NapState = "free" | "few" | "full" | "faulty";
/** Subscriber colour: paid up, overdue, suspended, waiting for installation. */
export type SubscriberState = "paid" | "overdue" | "suspended" | "waiting";

/** [lcp id, lat, lng, code] */
export type LcpPoint = [id: string, lat: number, lng: number, code: string];
/** [nap id, lat, lng, code, free ports, ports, state, LCP lat or null, LCP lng or null] */
export type NapPoint = [id: string, lat: number, lng: number, code: string, free: number, ports: number, state: NapState, lcpLat: number | null, lcpLng: number | null];
/** [subscription id, lat, lng, state, NAP lat or null, NAP lng or null, 1 when in the outage asked for, else 0] */
export type SubscriberPoint = [id: string, lat: number, lng: number, state: SubscriberState, napLat: number | null, napLng: number | null, inOutage: 0 | 1];
/** [lat, lng, count]: the mean position of the points in one grid cell. */
export type Cluster = [lat: number, lng: number, count: number];

/** GET <map>/data?south&west&north&east&zoom&layers=lcps,naps,subscribers[&barangay=<id>][&outage=<id>] */
export type MapData = {
  zoom: number;
  lcps: { points: LcpPoint[] } | { clusters: Cluster[] } | null;
  naps: { points: NapPoint[] } | { clusters: Cluster[] } | null;
  subscribers: { points: SubscriberPoint[] } | { clusters: Cluster[] } | null;
};

/** GET <map>/search?q=: account numbers and NAP/LCP codes that have a location. */
export type MapSearchHit = { kind: "subscriber" | "nap" | "lcp"; id: string; label: string; detail: string; lat: number; lng: number };

/** GET <map>/point?kind=nap|lcp|subscriber&id=: the card a click opens. */
export type MapPointCard =
  | { kind: "nap"; id: string; code: string; name: string; lat: number; lng: number; free: number; ports: number; faulty: number; lcpCode: string | null; barangay: string | null; openOutage: { id: string; number: string } | null }
  | { kind: "lcp"; id: string; code: string; name: string; lat: number; lng: number; naps: number; barangay: string | null }
  | {
      kind: "subscriber";
      id: string;
      customerId: string;
      name: string;
      accountNo: string;
      plan: string;
      status: string;
      state: SubscriberState;
      balance: number;
      napCode: string | null;
      portNumber: number | null;
      lat: number;
      lng: number;
    };

/** GET <map>/free-ports?lat&lng[&line=<subscription id>]: the nearest NAPs with a free port, nearest first. */
export type FreePortCandidate = {
  napId: string;
  code: string;
  name: string;
  lat: number;
  lng: number;
  /** Great-circle distance from the point, metres. */
  distanceM: number;
  /** The drop cable it would take, metres (distance with the slack of a real run; lib/plant/free-ports). */
  dropLengthM: number;
  freePorts: number;
  firstFreePortId: string;
  firstFreePortNumber: number;
  /** The loss check's expected receive power at the ONU, dBm; null when the NAP's chain to the OLT is not recorded. */
  expectedRxDbm: number | null;
};
