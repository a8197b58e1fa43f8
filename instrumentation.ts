/** Next.js calls this once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, so as few requests as possible arrive before client addresses can be read (lib/http/socket-peer.ts).
    const { stampSocketPeers } = await import("./lib/http/socket-peer");
    stampSocketPeers();
    const { checkDatabaseAtStartup } = await import("./db/startup-check");
    await checkDatabaseAtStartup();
  }
}
