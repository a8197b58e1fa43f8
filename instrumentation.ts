/** Next.js calls this once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    // First, so as few requests as possible arrive before client addresses can be read (lib/http/socket-peer.ts).
    const { stampSocketPeers } = await import("./lib/http/socket-peer");
    stampSocketPeers();
    if (process.env.NODE_ENV === "production") {
      const { inngestServeProblem } = await import("./lib/events/inngest-serve");
      const problem = inngestServeProblem();
      if (problem) console.warn(`[inngest] ${problem} /api/inngest answers 503; run the daily jobs with \`npm run jobs:daily\` instead.`);
    }
    // The domain names events; when Inngest is configured, they go to it (lib/events/publish.ts).
    const { inngestConfigured } = await import("./lib/events/inngest-configured");
    if (inngestConfigured()) {
      const [{ setEventSender }, { inngestSender }] = await Promise.all([import("./lib/events/publish"), import("./inngest/sender")]);
      setEventSender(inngestSender);
    }
    const { checkDatabaseAtStartup } = await import("./db/startup-check");
    await checkDatabaseAtStartup();
  }
}
