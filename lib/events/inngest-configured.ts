/**
 * Whether events go to Inngest: with an event key (Inngest Cloud) or
 * INNGEST_DEV (the local dev server or a self-hosted one). Otherwise the app
 * does the same work in-process right after the change commits, so a small
 * install without Inngest still reconnects paid customers and sends messages.
 */
export function inngestConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.INNGEST_EVENT_KEY || env.INNGEST_DEV);
}
