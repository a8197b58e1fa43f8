/** Next.js calls this once when the server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { checkDatabaseAtStartup } = await import("./db/startup-check");
    await checkDatabaseAtStartup();
  }
}
