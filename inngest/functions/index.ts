import type { FunctionDeps } from "../deps";
import { runBackgroundJobFunction } from "./background";
import { dailyFanOut, tenantDaily } from "./daily";
import { outboxSweep, sendOutbox } from "./outbox";
import { reconnectOnPayment } from "./reconnect";

/** Every Inngest function of the app, built on the given dependencies. */
export function createFunctions(deps: FunctionDeps) {
  return [dailyFanOut(deps), tenantDaily(deps), reconnectOnPayment(deps), sendOutbox(deps), outboxSweep(deps), runBackgroundJobFunction(deps)];
}
