import { describe, expect, it } from "vitest";
import { PASSWORD_MESSAGES, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts the passwords FiberBill's own seeds and tests use", () => {
    // The demo ISP's password, in its own workspace (subdomain "demo") and for its staff.
    expect(passwordProblem("demo-fiber-2026", { slug: "demo", email: "owner@demo.fiberbill.test" })).toBeNull();
    expect(passwordProblem("demo-fiber-2026", { slug: "demo", email: "cashier@demo.fiberbill.test" })).toBeNull();
    expect(passwordProblem("demo-fiber-2026", { slug: "bench", email: "owner@bench.fiberbill.test" })).toBeNull();
    expect(passwordProblem("fiber-test-2026", { slug: "session-a", email: "owner@session-a.test" })).toBeNull();
    expect(passwordProblem("e2e-Passw0rd-2026", { slug: "lockout-a1b2c3", email: "owner@lockout-a1b2c3.fiberbill.test" })).toBeNull();
    expect(passwordProblem("Counter-2026-pass")).toBeNull();
  });

  it("wants 10 to 200 characters, of any kind (no composition rules)", () => {
    expect(passwordProblem("short-1")).toBe(PASSWORD_MESSAGES.tooShort);
    // Characters, not bytes: ten emoji are ten characters.
    expect(passwordProblem("🐟🐠🐡🦈🐙🦑🦀🦞🦐🐚")).toBeNull();
    expect(passwordProblem("x".repeat(201))).toBe(PASSWORD_MESSAGES.tooLong);
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("onlylowercaseletters")).toBeNull();
  });

  it("refuses a common password, also in other case or with digits and symbols around it", () => {
    for (const p of ["password123", "1234567890", "qwertyuiop", "iloveyou123", "PASSWORD1234", "Password2026!", "dragon12345", "!!letmein2026"]) {
      expect(passwordProblem(p), p).toBe(PASSWORD_MESSAGES.common);
    }
  });

  it("refuses a password that is little more than FiberBill, the workspace address or the email name", () => {
    expect(passwordProblem("FiberBill2026!")).toBe(PASSWORD_MESSAGES.context);
    expect(passwordProblem("fiber-bill-123456")).toBe(PASSWORD_MESSAGES.context);
    expect(passwordProblem("cdo-fiber-2026", { slug: "cdo-fiber" })).toBe(PASSWORD_MESSAGES.context);
    expect(passwordProblem("CdoFiber#Admin", { slug: "cdo-fiber" })).toBe(PASSWORD_MESSAGES.context);
    expect(passwordProblem("juan.delacruz.99", { email: "juan.delacruz@gmail.com" })).toBe(PASSWORD_MESSAGES.context);
    // With enough of its own, a context word is fine.
    expect(passwordProblem("cdofiber-mango-tricycle", { slug: "cdo-fiber" })).toBeNull();
  });
});
