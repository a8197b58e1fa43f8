/** 5 MB holds about 40,000 typical rows; the browser checks it before sending, the action checks it again. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** One transaction for the whole file: twice the 10,000 rows the issue asks for, still seconds on PostgreSQL. */
export const MAX_IMPORT_ROWS = 20_000;
/** The preview lists this many rows with errors; the counts cover all of them. */
export const PREVIEW_ERROR_ROWS = 200;
/** And this many rows from the top of the file, to check the mapping by eye. */
export const PREVIEW_SAMPLE_ROWS = 20;
/**
 * Files with more rows are imported in the background with a progress bar:
 * a thousand rows commit in well under two seconds; twenty thousand take longer.
 */
export const BACKGROUND_IMPORT_ROWS = 1_000;
