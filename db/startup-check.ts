import { getConnection } from "./client";

/**
 * Opens the database (migrating the embedded one) and checks the runtime and
 * job roles before the first request. A role that could bypass row-level
 * security stops the server here, with the reason, instead of serving anything.
 */
export async function checkDatabaseAtStartup(): Promise<void> {
  try {
    await getConnection();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
