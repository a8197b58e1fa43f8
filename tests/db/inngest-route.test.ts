import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

/**
 * The serve route in production mode: Inngest calls it with a signed
 * request; anything unsigned, or signed with another key, is refused before
 * a function runs.
 */
describe("/api/inngest in production", () => {
  const url = "https://demo.example.test/api/inngest?fnId=fiberbill-tenant-daily&stepId=step";
  let POST: (req: Request, ctx: unknown) => Promise<Response>;
  let GET: (req: Request, ctx: unknown) => Promise<Response>;

  beforeAll(async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("INNGEST_DEV", "");
    vi.stubEnv("AUTH_SECRET", "route-test-secret");
    vi.stubEnv("INNGEST_SIGNING_KEY", "signkey-prod-0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    vi.resetModules();
    ({ POST, GET } = (await import("@/app/api/inngest/route")) as unknown as { POST: typeof POST; GET: typeof GET });
  });
  afterAll(() => vi.unstubAllEnvs());

  const body = JSON.stringify({ event: { name: "fiberbill/tenant.daily", data: { tenantId: "00000000-0000-0000-0000-000000000000", date: "2026-01-05" } }, steps: {}, ctx: { run_id: "r", attempt: 0 } });

  it("refuses a call without a signature", async () => {
    const res = await POST(new Request(url, { method: "POST", body, headers: { "content-type": "application/json" } }), {});
    expect(res.status).toBe(401);
  });

  it("refuses a call signed with another key", async () => {
    const res = await POST(
      new Request(url, { method: "POST", body, headers: { "content-type": "application/json", "x-inngest-signature": `t=${Math.floor(Date.now() / 1000)}&s=${"ab".repeat(32)}` } }),
      {},
    );
    expect(res.status).toBe(401);
  });

  it("does not list the functions to an unsigned caller", async () => {
    const res = await GET(new Request("https://demo.example.test/api/inngest"), {});
    const text = await res.text();
    expect(text).not.toContain("tenant-daily");
  });
});

/**
 * Production without a signing key: the SDK can verify no caller. The route
 * says so with a 503 instead of the SDK's 500, and runs nothing.
 */
describe("/api/inngest in production without INNGEST_SIGNING_KEY", () => {
  let route: Record<"GET" | "POST" | "PUT", (req: Request, ctx: unknown) => Promise<Response>>;

  beforeAll(async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("INNGEST_DEV", "");
    vi.stubEnv("AUTH_SECRET", "route-test-secret");
    vi.stubEnv("INNGEST_SIGNING_KEY", "");
    vi.resetModules();
    route = (await import("@/app/api/inngest/route")) as unknown as typeof route;
  });
  afterAll(() => vi.unstubAllEnvs());

  it.each(["GET", "PUT", "POST"] as const)("answers %s with 503 and the reason", async (method) => {
    const body = method === "GET" ? undefined : "{not json";
    const res = await route[method](new Request("https://demo.example.test/api/inngest?fnId=fiberbill-tenant-daily&stepId=step", { method, body }), {});
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/INNGEST_SIGNING_KEY is not set/) });
  });
});
