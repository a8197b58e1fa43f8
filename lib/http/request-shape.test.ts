import { describe, expect, it } from "vitest";
import { malformedRequest } from "./request-shape";

const HOST = "demo.localhost:3000";
const LIMIT = 1024;

/** The request as the proxy sees it: Next has already set X-Forwarded-Host to the Host header. */
function check(init: { method?: string; path?: string; headers?: Record<string, string>; body?: BodyInit }) {
  const url = new URL(init.path ?? "/login", `http://${HOST}`);
  const request = new Request(url, { method: init.method ?? "POST", headers: { host: HOST, "x-forwarded-host": HOST, ...init.headers }, body: init.body });
  return malformedRequest({
    method: request.method,
    pathname: (init.path ?? "/login").split("?")[0]!,
    search: url.search,
    headers: request.headers,
    body: async () => request,
    bodySizeLimit: LIMIT,
  });
}

const action = { "next-action": "60b33457f047b05e4f0ec89a3ee512962f4289ca04", origin: `http://${HOST}` };

function multipart(fields: Record<string, string>, boundary = "----b"): { headers: Record<string, string>; body: string } {
  const body = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`).join("") + `--${boundary}--\r\n`;
  return { headers: { "content-type": `multipart/form-data; boundary=${boundary}` }, body };
}

describe("malformedRequest", () => {
  it("lets through what the browser sends", async () => {
    expect(await check({ method: "GET", path: "/customers?q=juan%20dela%20cruz" })).toBeNull();
    const form = multipart({ "1_email": "a@b.ph", "1_password": "x", "0": '["$undefined","$K1"]' });
    expect(await check({ headers: { ...action, ...form.headers }, body: form.body })).toBeNull();
    expect(await check({ headers: { ...action, "content-type": "text/plain;charset=UTF-8" }, body: "[]" })).toBeNull();
    // A page form posted before hydration: a valid multipart body, no action header.
    const page = multipart({ email: "a@b.ph" });
    expect(await check({ headers: page.headers, body: page.body })).toBeNull();
    // Other POSTs to pages, and everything to route handlers, are theirs to judge.
    expect(await check({ headers: { "content-type": "application/x-www-form-urlencoded" }, body: "%%%" })).toBeNull();
    expect(await check({ path: "/api/auth/callback/credentials", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "garbage" })).toBeNull();
  });

  it("refuses addresses that do not decode or carry NUL", async () => {
    expect(await check({ method: "GET", path: "/customers/%ZZ" })).toMatchObject({ status: 400 });
    expect(await check({ method: "GET", path: "/customers/%E0%A4%A" })).toMatchObject({ status: 400 });
    expect(await check({ method: "GET", path: "/customers?q=%00" })).toMatchObject({ status: 400 });
    expect(await check({ method: "GET", path: "/customers/%00" })).toMatchObject({ status: 400 });
  });

  it.each([
    ["a text body that is not JSON", { "content-type": "text/plain;charset=UTF-8" }, "garbage{"],
    ["a JSON body that is not an argument list", { "content-type": "text/plain;charset=UTF-8" }, '{"email":"a"}'],
    ["no body", { "content-type": "text/plain;charset=UTF-8" }, undefined],
    ["a truncated multipart body", { "content-type": "multipart/form-data; boundary=abc" }, "--abc\r\ngarbage"],
    ["multipart without a boundary", { "content-type": "multipart/form-data" }, "garbage"],
    ["multipart whose arguments are not JSON", multipart({ "0": "zzz" }).headers, multipart({ "0": "zzz" }).body],
    ["multipart without arguments", multipart({ "1_email": "a" }).headers, multipart({ "1_email": "a" }).body],
  ])("refuses an action call with %s", async (_, headers, body) => {
    expect(await check({ headers: { ...action, ...headers }, body })).toMatchObject({ status: 400 });
  });

  it("refuses an action call in a content type React never sends", async () => {
    expect(await check({ headers: { ...action, "content-type": "application/json" }, body: "[]" })).toMatchObject({ status: 415 });
    expect(await check({ headers: { ...action }, body: new Blob(["[]"]) })).toMatchObject({ status: 415 });
  });

  it("refuses a cross-origin action call as Next does, but with a 403", async () => {
    const headers = { ...action, "content-type": "text/plain;charset=UTF-8" };
    expect(await check({ headers: { ...headers, origin: "http://evil.example" }, body: "[]" })).toMatchObject({ status: 403 });
    expect(await check({ headers: { ...headers, origin: "null" }, body: "[]" })).toMatchObject({ status: 403 });
    expect(await check({ headers: { ...headers, origin: "not a url" }, body: "[]" })).toMatchObject({ status: 403 });
    const withoutOrigin: Record<string, string> = { ...headers };
    delete withoutOrigin.origin;
    expect(await check({ headers: withoutOrigin, body: "[]" })).toBeNull();
  });

  it("refuses a multipart page post that is not a form, and an action body over the limit", async () => {
    expect(await check({ headers: { "content-type": "multipart/form-data; boundary=xyz" }, body: "garbage" })).toMatchObject({ status: 400 });
    const big = multipart({ "0": "[]", "1_csv": "x".repeat(LIMIT) });
    expect(await check({ headers: { ...action, ...big.headers, "content-length": String(big.body.length) }, body: big.body })).toMatchObject({ status: 413 });
  });
});
