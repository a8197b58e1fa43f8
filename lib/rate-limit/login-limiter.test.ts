import { describe, expect, it } from "vitest";
import { delayAfterAttempt, LOGIN_LIMITS, LoginLimiter, retryMessage, type LoginGate } from "./login-limiter";
import { MemoryCounterStore } from "./store";

const { free } = LOGIN_LIMITS.account;

function setup() {
  let now = 1_000_000;
  const clock = () => now;
  const limiter = new LoginLimiter(new MemoryCounterStore(clock), clock);
  return { limiter, advance: (seconds: number) => (now += seconds * 1000) };
}

/** `n` attempts that were checked and failed (a failure needs no call: the attempt was counted when reserved). */
async function fail(limiter: LoginLimiter, n: number, ip = "1.1.1.1", account = "demo:a@x.ph", device: string | null = null): Promise<LoginGate[]> {
  const gates: LoginGate[] = [];
  for (let i = 0; i < n; i++) gates.push(await limiter.reserve(ip, account, device));
  return gates;
}

describe("LoginLimiter", () => {
  it("lets the free attempts through at once, then makes each further one wait longer", async () => {
    const { limiter, advance } = setup();
    const gates = await fail(limiter, free);
    expect(gates.every((g) => g.allowed)).toBe(true);
    // Not a lock: the wait after the fifth failure is half a minute.
    expect(await limiter.reserve("1.1.1.1", "demo:a@x.ph")).toEqual({ allowed: false, retryAfterSeconds: delayAfterAttempt(free) });
    advance(delayAfterAttempt(free));
    expect((await limiter.reserve("1.1.1.1", "demo:a@x.ph")).allowed).toBe(true);
    expect(await limiter.reserve("1.1.1.1", "demo:a@x.ph")).toEqual({ allowed: false, retryAfterSeconds: delayAfterAttempt(free + 1) });
  });

  it("doubles the delay up to its cap", () => {
    expect([1, free - 1].map(delayAfterAttempt)).toEqual([0, 0]);
    expect([free, free + 1, free + 2, free + 3].map(delayAfterAttempt)).toEqual([30, 60, 120, 240]);
    expect(delayAfterAttempt(free + 40)).toBe(LOGIN_LIMITS.account.maxDelaySeconds);
  });

  it("counts an attempt before its password is checked: of many at once, only the free ones and one more go on", async () => {
    const { limiter } = setup();
    const gates = await Promise.all(Array.from({ length: 8 }, () => limiter.reserve("1.1.1.1", "demo:a@x.ph")));
    expect(gates.filter((g) => g.allowed)).toHaveLength(free);
  });

  it("slows the account from any IP, and leaves other accounts alone", async () => {
    const { limiter } = setup();
    for (let i = 0; i < free; i++) await limiter.reserve(`10.0.0.${i}`, "demo:a@x.ph");
    expect((await limiter.reserve("9.9.9.9", "demo:a@x.ph")).allowed).toBe(false);
    expect((await limiter.reserve("9.9.9.9", "demo:b@x.ph")).allowed).toBe(true);
  });

  it("counts a known device apart: a stranger's failures do not slow it, its own do", async () => {
    const { limiter } = setup();
    await fail(limiter, free + 3, "6.6.6.6");
    expect((await limiter.reserve("6.6.6.6", "demo:a@x.ph")).allowed).toBe(false);
    const own = await limiter.reserve("2.2.2.2", "demo:a@x.ph", "device-1");
    expect(own).toMatchObject({ allowed: true, knownDevice: true, ordinal: 1 });
    await fail(limiter, free - 1, "2.2.2.2", "demo:a@x.ph", "device-1");
    expect((await limiter.reserve("2.2.2.2", "demo:a@x.ph", "device-1")).allowed).toBe(false);
    // Another device of the same account has a count of its own.
    expect((await limiter.reserve("2.2.2.2", "demo:a@x.ph", "device-2")).allowed).toBe(true);
  });

  it("blocks an IP that sprays many accounts, and does not count its successes", async () => {
    const { limiter } = setup();
    for (let i = 0; i < LOGIN_LIMITS.ip.max - 1; i++) await limiter.reserve("6.6.6.6", `demo:user${i}@x.ph`);
    const ok = await limiter.reserve("6.6.6.6", "demo:owner@x.ph");
    if (!ok.allowed) throw new Error("the last attempt within the IP budget was refused");
    await limiter.succeeded(ok);
    expect((await limiter.reserve("6.6.6.6", "demo:fresh@x.ph")).allowed).toBe(true);
    expect((await limiter.reserve("6.6.6.6", "demo:fresh2@x.ph")).allowed).toBe(false);
    expect((await limiter.reserve("7.7.7.7", "demo:fresh2@x.ph")).allowed).toBe(true);
  });

  it("forgets failures when the window passes", async () => {
    const { limiter, advance } = setup();
    await fail(limiter, free + 1);
    advance(LOGIN_LIMITS.account.windowSeconds + 1);
    expect(await limiter.reserve("1.1.1.1", "demo:a@x.ph")).toMatchObject({ allowed: true, ordinal: 1 });
  });

  it("starts the account over after a success", async () => {
    const { limiter } = setup();
    await fail(limiter, free - 1);
    const ok = await limiter.reserve("1.1.1.1", "demo:a@x.ph");
    if (!ok.allowed) throw new Error("refused within the free attempts");
    await limiter.succeeded(ok);
    expect(await limiter.reserve("1.1.1.1", "demo:a@x.ph")).toMatchObject({ allowed: true, ordinal: 1 });
  });

  it("words the wait in minutes", () => {
    expect(retryMessage(30)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(retryMessage(61)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
  });
});
