/**
 * Where no job runner (Inngest) is configured, background jobs run in this
 * process, one at a time in the order they were queued: CPU-heavy work such
 * as rendering PDFs would only slow itself down by running side by side on
 * the server's one JavaScript thread. Nothing waits for them: the request
 * that queued one has already answered, and the page polls the job's row.
 */

type Task = () => Promise<unknown>;
type QueueState = { tasks: Task[]; running: boolean; idle: Array<() => void> };

// On globalThis: Next.js may load this module in more than one bundle of the same process.
const QUEUE = Symbol.for("fiberbill.inProcessJobQueue");

function state(): QueueState {
  const slot = globalThis as { [QUEUE]?: QueueState };
  slot[QUEUE] ??= { tasks: [], running: false, idle: [] };
  return slot[QUEUE];
}

export function enqueueInProcess(task: Task): void {
  const q = state();
  q.tasks.push(task);
  if (!q.running) void drain(q);
}

async function drain(q: QueueState): Promise<void> {
  q.running = true;
  try {
    for (let task = q.tasks.shift(); task; task = q.tasks.shift()) {
      try {
        await task();
      } catch (error) {
        // A task records its own failure on its job row; this only keeps the queue going.
        console.error("[in-process jobs] a task failed", error);
      }
    }
  } finally {
    q.running = false;
    for (const resolve of q.idle.splice(0)) resolve();
  }
}

/** Resolves when every queued task has run (tests, scripts that exit afterwards). */
export function inProcessQueueIdle(): Promise<void> {
  const q = state();
  if (!q.running && q.tasks.length === 0) return Promise.resolve();
  return new Promise((resolve) => q.idle.push(resolve));
}
