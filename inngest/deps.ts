import type { Database } from "@/db/types";

/**
 * What the functions need from the app. Production passes the runtime
 * connection; tests pass a throw-away database. `faults` lets a test make a
 * step fail inside its transaction (after its work, before commit) to prove a
 * retry duplicates nothing.
 */
export type FunctionDeps = {
  db: () => Promise<Database>;
  deliver: (db: Database, tenantId: string) => Promise<unknown>;
  faults?: { afterStep?: (step: string) => void };
};
