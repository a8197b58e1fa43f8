/**
 * Why /api/inngest cannot serve Inngest on this server, or null when it can.
 * Outside the dev server (INNGEST_DEV), the SDK runs in cloud mode and needs
 * INNGEST_SIGNING_KEY to tell Inngest's calls from anyone else's; without it
 * every call failed with a 500. It answers 503 with this instead.
 */
export function inngestServeProblem(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.INNGEST_DEV || env.INNGEST_SIGNING_KEY) return null;
  return "Scheduled jobs through Inngest are not set up on this server: INNGEST_SIGNING_KEY is not set.";
}
