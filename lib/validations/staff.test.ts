import { describe, expect, it } from "vitest";
import { roleSchema } from "./staff";

describe("roleSchema", () => {
  it("refuses a landing page that is not listed, with a message, instead of failing on it (found by the action fuzz test)", () => {
    const parsed = roleSchema.safeParse({ name: "Collector", permissions: ["no.such.permission"], landingPath: "../../etc/passwd" });
    expect(parsed.success).toBe(false);
    const messages = parsed.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(expect.arrayContaining(["landingPath: Choose one of the listed pages.", "permissions: Unknown permission."]));
  });

  it("still refuses a listed page the role's permissions do not show", () => {
    const parsed = roleSchema.safeParse({ name: "Collector", permissions: [], landingPath: "/payments" });
    expect(parsed.error?.issues[0]?.message).toMatch(/^People in this role cannot see Payments/);
  });
});
