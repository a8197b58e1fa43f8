/**
 * Mobile prefixes and address parts for seeded customers. The prefixes are
 * real Globe/TM, Smart/TNT and DITO ones (the 3 digits after +63), so the
 * numbers look like a real subscriber list and pass the app's validation.
 */
export const MOBILE_PREFIXES: readonly string[] = [
  "917", "918", "919", "920", "921", "922", "926", "927", "928", "929", "935", "936",
  "945", "947", "955", "956", "961", "966", "967", "975", "977", "995", "998", "999",
];

/**
 * Streets of Cagayan de Oro's downtown (the numbered barangays 1-40), where an
 * address is a house number and a street rather than a purok.
 */
export const DOWNTOWN_STREETS: readonly string[] = [
  "Corrales Ave", "Velez St", "Tiano Brothers St", "Pabayo St", "Hayes St", "Capistrano St",
  "Burgos St", "Rizal St", "Del Pilar St", "Yacapin St", "J.R. Borja St", "Abellanosa St",
  "Chaves St", "Gaerlan St", "Osmeña St", "Cruz Taal St", "Montalvan St", "Mabini St",
  "Gomez St", "Aguinaldo St", "Luna St", "Ramon Chaves St", "Apolinar Velez St", "Fernandez St",
];

/** Sitio and purok names used in the outer barangays, next to numbered puroks. */
export const PUROK_NAMES: readonly string[] = [
  "Mahayahay", "Malipayon", "Riverside", "Sampaguita", "Kalubihan", "Mabuhay", "Kamanggahan",
  "Bagong Silang", "Lower", "Upper", "Centro", "Kagawasan",
];

/** Notes a field technician or cashier leaves on an account. */
export const CUSTOMER_NOTES: readonly string[] = [
  "Gate code 1234; dog in the yard.",
  "Call before visiting: works night shift.",
  "Sari-sari store owner; pays at the counter every 5th.",
  "Prefers to pay by GCash.",
  "Modem on the second floor; ONU near the stairs.",
  "Landmark: blue gate beside the chapel.",
  "Senior citizen; the daughter handles the account.",
  "Boarding house: 6 rooms share the line.",
];

/** Labels of a customer's second line. */
export const SECOND_LINE_LABELS: readonly string[] = ["Sari-sari store", "Boarding house", "Carinderia", "2nd floor unit", "Printing shop"];
