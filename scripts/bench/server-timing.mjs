/**
 * Preloaded into `next start` by the customer benchmark (node --import): it
 * measures each request inside the server, from Node's "request" event (the
 * headers have arrived) to "finish" (the last byte is handed to the socket),
 * and reports it to the benchmark over the IPC channel. Next.js pages cannot
 * set response headers, and a Server-Timing header would have to be sent
 * before the page is rendered, so this is the server time the benchmark
 * compares with the SQL. Only requests that carry x-bench-request are timed.
 */
import http from "node:http";
import { performance } from "node:perf_hooks";

const HEADER = "x-bench-request";
const emit = http.Server.prototype.emit;

http.Server.prototype.emit = function emitTimed(event, ...args) {
  if (event === "request" && typeof process.send === "function") {
    const [req, res] = args;
    const id = req.headers[HEADER];
    if (typeof id === "string") {
      const start = performance.now();
      res.once("finish", () => process.send?.({ benchRequest: id, ms: performance.now() - start }));
    }
  }
  return emit.call(this, event, ...args);
};
