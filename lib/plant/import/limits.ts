/** A plant file is read whole in the browser and sent as text: 5 MB holds far more than 5,000 rows of it. */
export const MAX_PLANT_FILE_BYTES = 5 * 1024 * 1024;
/**
 * One transaction and one request per file. A whole ISP's plant is a few
 * thousand boxes; a file with more rows is refused with a message to split it.
 */
export const MAX_PLANT_IMPORT_ROWS = 5_000;
/** The preview lists at most this many rows in each view; the counts cover all of them. */
export const PREVIEW_ROWS = 500;
/** Splitter assumed when a map placemark or a row says none. */
export const DEFAULT_RATIO = 8;
