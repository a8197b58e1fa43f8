/**
 * Whether an error means the connection to the database was lost (closed,
 * reset, terminated by the server, never established) rather than that the
 * database refused the work. Work that failed this way may be retried when it
 * is idempotent; an action that failed this way after its handler finished
 * cannot know whether its COMMIT went through.
 */
const DRIVER_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "ECONNRESET", "ECONNREFUSED", "EPIPE", "ETIMEDOUT"]);
// SQLSTATE: admin_shutdown, crash_shutdown, cannot_connect_now (class 57), and class 08, connection exceptions.
const SERVER_CODES = new Set(["57P01", "57P02", "57P03"]);

export function isConnectionLost(error: unknown): boolean {
  let e: unknown = error;
  // Drizzle wraps the driver's error as the `cause` of its own.
  for (let i = 0; i < 4 && e && typeof e === "object"; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && (DRIVER_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
