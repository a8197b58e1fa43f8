/**
 * Six decimals (about 0.1 m), as coordinates have always been kept: a phone's
 * GPS gives fifteen, and the columns are double precision (for the map's
 * indexes under row-level security, migration 0030), which would keep them all.
 */
export const toMicrodegrees = (degrees: number) => Math.round(degrees * 1e6) / 1e6;
