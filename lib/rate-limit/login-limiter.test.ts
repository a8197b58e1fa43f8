import { describe, expect, it } from "vitest";
import { LOGIN_LIMITS, LoginLimiter, retryMessage } from "./login-limiter";
import { MemoryCounterStore } from "./store";

function setup() {
  let now = 1_000_000;
  const clock = () => now;
  const limiter = new LoginLimiter(new MemoryCounterStore(clock), clock);
  return { limiter, advance: (ms: number) => (now += ms) };
}

describe("LoginLimiter", () => {
  it("blocks an account after its failure budget and says for how long", async () => {
    const { limiter } = setup();
    for (let i = 0; i < LOGIN_LIMITS.account.max; i++) {
      expect((await limiter.check("1.1.1.1", "demo:a@x.ph")).allowed).toBe(true);
      await limiter.recordFailure("1.1.1.1", "demo:a@x.ph");
    }
    const gate = await limiter.check("1.1.1.1", "demo:a@x.ph");
    expect(gate).toEqual({ allowed: false, retryAfterSeconds: LOGIN_LIMITS.account.windowSeconds });
  });

  it("blocks the account from any IP, but leaves other accounts alone", async () => {
    const { limiter } = setup();
    for (let i = 0; i < LOGIN_LIMITS.account.max; i++) await limiter.recordFailure(`10.0.0.${i}`, "demo:a@x.ph");
    expect((await limiter.check("9.9.9.9", "demo:a@x.ph")).allowed).toBe(false);
    expect((await limiter.check("9.9.9.9", "demo:b@x.ph")).allowed).toBe(true);
  });

  it("blocks an IP that sprays many accounts", async () => {
    const { limiter } = setup();
    for (let i = 0; i < LOGIN_LIMITS.ip.max; i++) await limiter.recordFailure("6.6.6.6", `demo:user${i}@x.ph`);
    expect((await limiter.check("6.6.6.6", "demo:fresh@x.ph")).allowed).toBe(false);
    expect((await limiter.check("7.7.7.7", "demo:fresh@x.ph")).allowed).toBe(true);
  });

  it("forgets failures when the window passes", async () => {
    const { limiter, advance } = setup();
    for (let i = 0; i < LOGIN_LIMITS.account.max; i++) await limiter.recordFailure("1.1.1.1", "demo:a@x.ph");
    advance(LOGIN_LIMITS.account.windowSeconds * 1000 + 1);
    expect((await limiter.check("1.1.1.1", "demo:a@x.ph")).allowed).toBe(true);
  });

  it("clears the account's failures on success", async () => {
    const { limiter } = setup();
    for (let i = 0; i < LOGIN_LIMITS.account.max - 1; i++) await limiter.recordFailure("1.1.1.1", "demo:a@x.ph");
    await limiter.recordSuccess("1.1.1.1", "demo:a@x.ph");
    await limiter.recordFailure("1.1.1.1", "demo:a@x.ph");
    expect((await limiter.check("1.1.1.1", "demo:a@x.ph")).allowed).toBe(true);
  });

  it("words the wait in minutes", () => {
    expect(retryMessage(60)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(retryMessage(61)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
  });
});
