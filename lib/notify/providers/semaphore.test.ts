import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { semaphoreNumber, semaphoreSms } from "./semaphore";

type Reply = { status: number; body: string; delayMs?: number };

describe("semaphoreSms", () => {
  let server: Server;
  let url = "";
  let reply: Reply = { status: 200, body: "[]" };
  const seen: { contentType: string | undefined; form: URLSearchParams }[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let raw = "";
      req.on("data", (c: Buffer) => (raw += c.toString("utf8")));
      req.on("end", () => {
        seen.push({ contentType: req.headers["content-type"], form: new URLSearchParams(raw) });
        setTimeout(() => {
          res.writeHead(reply.status, { "content-type": "application/json" });
          res.end(reply.body);
        }, reply.delayMs ?? 0);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4/messages`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const sms = (timeoutMs = 1_000) => semaphoreSms({ apiKey: "key-123", senderName: "JDCFIBER", url, timeoutMs });
  const send = () => sms().send({ to: "+639171234567", text: "Hi Juan" });

  it("posts Semaphore's form fields and returns its message id", async () => {
    reply = { status: 200, body: JSON.stringify([{ message_id: 55871500, recipient: "639171234567", status: "Pending" }]) };
    await expect(send()).resolves.toEqual({ ref: "55871500" });
    const last = seen.at(-1)!;
    expect(last.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(last.form)).toEqual({ apikey: "key-123", number: "639171234567", message: "Hi Juan", sendername: "JDCFIBER" });
  });

  it("leaves the sender name out when none is set", async () => {
    reply = { status: 200, body: JSON.stringify([{ message_id: 1, status: "Queued" }]) };
    await semaphoreSms({ apiKey: "k", url }).send({ to: "09171234567", text: "x" });
    expect(seen.at(-1)!.form.has("sendername")).toBe(false);
  });

  it.each<[string, Reply, RegExp]>([
    ["a server error", { status: 500, body: "Internal Server Error" }, /^SMS provider answered HTTP 500: Internal Server Error$/],
    ["a refused key", { status: 401, body: "" }, /^SMS provider answered HTTP 401$/],
    ["a validation answer with 200", { status: 200, body: JSON.stringify({ number: ["The number format is invalid."] }) }, /^SMS provider refused the message: number: The number format is invalid\.$/],
    ["a list of errors", { status: 200, body: JSON.stringify(["Your current balance is insufficient."]) }, /^SMS provider refused the message: Your current balance is insufficient\.$/],
    ["an empty answer", { status: 200, body: "" }, /^SMS provider refused the message: an empty answer$/],
    ["a failed record", { status: 200, body: JSON.stringify([{ message_id: 9, status: "Failed" }]) }, /^SMS provider marked the message Failed$/],
    ["a slow answer", { status: 200, body: "[]", delayMs: 1_500 }, /^SMS provider \(127\.0\.0\.1:\d+\) did not answer within 1 s$/],
  ])("treats %s as a failure with a useful message", async (_, r, message) => {
    reply = r;
    await expect(send()).rejects.toThrow(message);
  });

  it("names the host it could not reach, never the key", async () => {
    const closed = semaphoreSms({ apiKey: "secret-key", url: "http://127.0.0.1:9/api/v4/messages", timeoutMs: 1_000 });
    const error = await closed.send({ to: "+639171234567", text: "x" }).then(
      () => new Error("sent"),
      (e: unknown) => e as Error,
    );
    expect(error.message).toMatch(/^Could not reach the SMS provider \(127\.0\.0\.1:9\): /);
    expect(error.message).not.toContain("secret-key");
  });
});

describe("semaphoreNumber", () => {
  it("drops the plus of an E.164 number and keeps local forms", () => {
    expect(semaphoreNumber("+639171234567")).toBe("639171234567");
    expect(semaphoreNumber("09171234567")).toBe("09171234567");
  });
});
