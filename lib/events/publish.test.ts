import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "@/db/types";
import { EVENTS } from "./names";
import { publish, setEventSender, type AppEvent } from "./publish";

describe("publish", () => {
  afterEach(() => setEventSender(null));

  it("hands the event to the registered job runner and does no work in-process", async () => {
    const sent: AppEvent[] = [];
    setEventSender(async (event) => {
      sent.push(event);
    });
    // A database that fails on any use proves nothing ran in-process.
    const untouchable = new Proxy({}, { get: () => { throw new Error("in-process work ran"); } }) as Database;
    const event: AppEvent = { name: EVENTS.outboxFlush, data: { tenantId: "00000000-0000-4000-8000-000000000001" } };
    await publish(untouchable, event);
    expect(sent).toEqual([event]);
  });

  it("does the work in-process when no runner is registered", async () => {
    const untouchable = new Proxy({}, { get: () => { throw new Error("in-process work ran"); } }) as Database;
    await expect(publish(untouchable, { name: EVENTS.outboxFlush, data: { tenantId: "00000000-0000-4000-8000-000000000001" } })).rejects.toThrow();
  });
});
