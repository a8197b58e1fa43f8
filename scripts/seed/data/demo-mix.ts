import { LEGACY_PLAN } from "./plans";

/**
 * The demo ISP's mix: where its subscribers live, which plans they take, and
 * why accounts get suspended or closed. demo-history.ts draws from these.
 */

/** Where a fiber ISP in CDO has its subscribers: the city's busy barangays weigh more, the far uplands none. */
export const BARANGAY_WEIGHT: Record<string, number> = {
  Carmen: 9, Lapasan: 7, Bulua: 7, Kauswagan: 6, Gusa: 6, Macasandig: 6, Balulang: 6, Iponan: 5,
  Lumbia: 5, "Camaman-an": 5, Nazareth: 5, Bugo: 4, Agusan: 4, Cugman: 4, Patag: 4, Consolacion: 4,
  Puerto: 3, Puntod: 3, Macabalan: 3, Bayabas: 3, Tablon: 3, Bonbon: 3, "Canito-an": 3, Indahag: 2,
  Tignapoloan: 0, Tumpagon: 0, Tagpangi: 0, "Pigsag-an": 0, Mambuaya: 0, Dansolihon: 0, Besigan: 0, Taglimao: 0,
};

/** New subscriptions by plan, in percent. */
export const PLAN_WEIGHTS: readonly (readonly [string, number])[] = [
  ["Fiber 30", 25], ["Fiber 50", 35], ["Fiber 100", 25], ["Fiber 200", 10], ["Business 300", 5],
];

/** The plan a subscriber upgrades to. */
export const UPGRADE: Record<string, string> = {
  [LEGACY_PLAN.name]: "Fiber 50",
  "Fiber 30": "Fiber 50",
  "Fiber 50": "Fiber 100",
  "Fiber 100": "Fiber 200",
  "Fiber 200": "Business 300",
};

/** Reasons staff give for status changes. */
export const UNPAID = ["Unpaid: 2 months overdue", "Unpaid: 3 months overdue", "Unpaid since the last billing cycle"];
export const ON_HOLD = ["Requested temporary suspension: working abroad", "Requested temporary suspension: house under renovation"];
export const MOVED = ["Moved to Iligan City", "Switched to another provider", "Moved to Manila for work", "House sold; new owner will apply"];
export const CLOSED = ["Account closed at the owner's request", "Family moved abroad"];
