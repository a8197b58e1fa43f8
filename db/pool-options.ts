/**
 * What every postgres.js pool of the app shares. The driver is patched
 * (patches/postgres+3.4.10.patch: a connection the server drops mid-query no
 * longer crashes the process or poisons its pool slot); these options make
 * the rest of a lost connection fail fast instead of hanging:
 * - connect_timeout: a database that does not answer fails a query in 10 s, not 30;
 * - END_TIMEOUT_SECONDS: closing the pool gives up on a connection that never
 *   answers again, so a command-line run always exits.
 */
export const POOL_OPTIONS = { onnotice: () => {}, connect_timeout: 10 } as const;

export const END_TIMEOUT_SECONDS = 5;
