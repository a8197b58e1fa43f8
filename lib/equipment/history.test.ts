import { describe, expect, it } from "vitest";
import { newestFirst } from "./history";

const t = (s: number) => new Date(Date.UTC(2026, 11, 7, 1, 0, s));

describe("newestFirst", () => {
  it("orders by time, newest first", () => {
    const rows = [
      { id: "b", at: t(2), fromStatus: "in_stock" as const, toStatus: "with_technician" as const },
      { id: "a", at: t(1), fromStatus: null, toStatus: "in_stock" as const },
    ];
    expect(newestFirst(rows).map((m) => m.id)).toEqual(["b", "a"]);
  });

  it("follows the chain of statuses among movements of one instant, whatever order they came in", () => {
    const rows = [
      { id: "install", at: t(1), fromStatus: "with_technician" as const, toStatus: "installed" as const },
      { id: "hand", at: t(1), fromStatus: "in_stock" as const, toStatus: "with_technician" as const },
      { id: "receive", at: t(1), fromStatus: null, toStatus: "in_stock" as const },
      { id: "pull", at: t(5), fromStatus: "installed" as const, toStatus: "returned" as const },
    ];
    expect(newestFirst(rows).map((m) => m.id)).toEqual(["pull", "install", "hand", "receive"]);
  });
});
