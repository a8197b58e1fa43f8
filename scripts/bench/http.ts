import http from "node:http";

export type PageResponse = { status: number; body: string; location?: string; contentType?: string };

/** What the router sends when the table pages or sorts on the client: the page as an RSC payload, no HTML. */
export const RSC_HEADERS = { rsc: "1" };

/** Next answers an RSC request without its cache-busting `_rsc` parameter with a redirect that adds it. */
export function rscPath(path: string): string {
  return `${path}${path.includes("?") ? "&" : "?"}_rsc`;
}

/**
 * GET over plain node:http, because fetch drops a Host header it is given and
 * Node resolves no *.localhost names: the request goes to 127.0.0.1 and the Host
 * header carries the tenant's subdomain, as a browser's would. Resolves after
 * the last byte of the body, so a timer around it measures the whole response.
 */
export function getPage(
  port: number,
  host: string,
  path: string,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
  timeoutMs = 30_000,
): Promise<PageResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: "127.0.0.1", port, path, method: "GET", headers: { host, accept: "text/html", ...(cookie ? { cookie } : {}), ...extraHeaders }, timeout: timeoutMs },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString("utf8"),
            location: res.headers.location,
            contentType: res.headers["content-type"],
          }),);
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`GET ${path} timed out after ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end();
  });
}

/** Polls until the server answers (any status), for at most `timeoutMs`. */
export async function waitForServer(port: number, host: string, path: string, timeoutMs: number, isDead: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (isDead()) throw new Error("next start exited before it was ready");
    try {
      await getPage(port, host, path, undefined, {}, 5_000);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  throw new Error(`the server on port ${port} did not answer within ${timeoutMs / 1000} s`);
}
