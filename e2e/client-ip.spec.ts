import { randomBytes } from "node:crypto";
import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO, E2E_PORT, tenantOrigin } from "./support/constants";
import { submitLogin } from "./support/fixtures";
import { whenHydrated } from "./support/hydration";
import { actionResultOf, bodyWith, captureServerAction, type ActionReply, type CapturedAction } from "./support/server-actions";

/**
 * The per-IP sign-in limit against the built server, from Node rather than
 * the browser: only node:http can set X-Forwarded-For freely and choose the
 * address the request comes from. It connects from 127.0.0.2 (all of
 * 127.0.0.0/8 is this machine), so the limit it fills belongs to that address
 * alone and the other specs, signing in from 127.0.0.1, never meet it.
 */
const CLIENT_ADDRESS = "127.0.0.2";
// Well past the per-IP limit of failed sign-ins (30 in 15 minutes): the loop only has to outlast it.
const MAX_ATTEMPTS = 100;

/** Sends a captured server action again, with the Host header of its tenant and the given extra headers. */
function replay(action: CapturedAction, body: string, headers: Record<string, string>): Promise<ActionReply> {
  const url = new URL(action.url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port: E2E_PORT,
        localAddress: CLIENT_ADDRESS,
        method: "POST",
        path: `${url.pathname}${url.search}`,
        setHost: false,
        headers: { ...action.headers, host: url.host, origin: url.origin, ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, contentType: String(response.headers["content-type"] ?? ""), text: Buffer.concat(chunks).toString("utf8") }),
        );
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

function randomIp(): string {
  const b = randomBytes(4);
  return `${(b[0]! % 223) + 1}.${b[1]}.${b[2]}.${b[3]}`;
}

test("a new X-Forwarded-For on every attempt does not reset the per-IP sign-in limit", async ({ page }) => {
  // Each failed attempt checks a password hash; up to a hundred of them in a row.
  test.setTimeout(300_000);
  // One failed sign-in in the browser, recorded to be replayed with other emails and other forwarded-for values.
  const probeEmail = `probe-${randomBytes(3).toString("hex")}@nowhere.test`;
  await page.goto(`${tenantOrigin(DEMO.slug)}/login`);
  await whenHydrated(page.getByRole("form", { name: "Sign in" }));
  const action = await captureServerAction(page, () => submitLogin(page, DEMO.slug, probeEmail, "wrong-password-0"));

  let limitedAt = 0;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && !limitedAt; attempt++) {
    // A different (unknown) account each time, so only the per-IP limit can ever stop these.
    const body = bodyWith(action, probeEmail, `probe-${attempt}-${randomBytes(3).toString("hex")}@nowhere.test`);
    const result = actionResultOf(await replay(action, body, { "x-forwarded-for": randomIp(), "x-real-ip": randomIp() })) as { ok: boolean; error?: string };
    expect(result.ok).toBe(false);
    if (/^Too many failed sign-in attempts/.test(result.error ?? "")) limitedAt = attempt;
  }
  expect(limitedAt, `the per-IP limit stopped ${CLIENT_ADDRESS} within ${MAX_ATTEMPTS} attempts despite a new X-Forwarded-For each time`).toBeGreaterThan(1);

  // Still limited with yet another forwarded-for value, and without one.
  for (const headers of [{ "x-forwarded-for": randomIp() }, {}] as Record<string, string>[]) {
    const body = bodyWith(action, probeEmail, `probe-after-${randomBytes(3).toString("hex")}@nowhere.test`);
    const result = actionResultOf(await replay(action, body, headers)) as { ok: boolean; error?: string };
    expect(result.error).toMatch(/^Too many failed sign-in attempts/);
  }
});
