import { describe, expect, it } from "vitest";
import { deviceAccount, KNOWN_DEVICE_DAYS, knownDeviceCookie, readKnownDevice } from "./known-device";

const SECRET = "unit-test-secret-unit-test-secret-0123";
const account = deviceAccount("demo", " Owner@Demo.Test ");
const NOW = 1_800_000_000_000;
const header = (c: { name: string; value: string }, extra = "") => `theme=dark; ${c.name}=${c.value}${extra}`;

describe("known-device cookie", () => {
  it("names the account it was issued for, and keeps a device's id when renewed", () => {
    expect(account).toBe("demo:owner@demo.test");
    const first = knownDeviceCookie(account, null, SECRET, false, NOW);
    const id = readKnownDevice(header(first), account, SECRET, false, NOW);
    expect(id).toMatch(/^[\w-]{22}$/);
    const renewed = knownDeviceCookie(account, id, SECRET, false, NOW + 1000);
    expect(renewed.name).toBe(first.name);
    expect(readKnownDevice(header(renewed), account, SECRET, false, NOW + 1000)).toBe(id);
    expect(first.options).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: KNOWN_DEVICE_DAYS * 86_400 });
  });

  it("is not valid for another account, workspace or secret, nor changed or expired", () => {
    const c = knownDeviceCookie(account, null, SECRET, false, NOW);
    const other = deviceAccount("demo", "cashier@demo.test");
    // Another account looks under another name: even the same value pasted there does not verify.
    expect(readKnownDevice(`${knownDeviceCookie(other, null, SECRET, false, NOW).name}=${c.value}`, other, SECRET, false, NOW)).toBeNull();
    expect(readKnownDevice(header(c), deviceAccount("other-isp", "owner@demo.test"), SECRET, false, NOW)).toBeNull();
    expect(readKnownDevice(header(c), account, "another-secret-another-secret-0123456", false, NOW)).toBeNull();
    const [id, exp, sig] = c.value.split(".");
    expect(readKnownDevice(`${c.name}=${id}x.${exp}.${sig}`, account, SECRET, false, NOW)).toBeNull();
    expect(readKnownDevice(`${c.name}=${id}.${Number(exp) + 86_400}.${sig}`, account, SECRET, false, NOW)).toBeNull();
    expect(readKnownDevice(header(c), account, SECRET, false, NOW + (KNOWN_DEVICE_DAYS + 1) * 86_400_000)).toBeNull();
    expect(readKnownDevice(`${c.name}=garbage`, account, SECRET, false, NOW)).toBeNull();
    expect(readKnownDevice(null, account, SECRET, false, NOW)).toBeNull();
  });

  it("is a __Host- cookie on https, and read only under the name of the request's scheme", () => {
    const secure = knownDeviceCookie(account, null, SECRET, true, NOW);
    expect(secure.name).toMatch(/^__Host-fb-device-/);
    expect(secure.options.secure).toBe(true);
    expect(readKnownDevice(header(secure), account, SECRET, true, NOW)).not.toBeNull();
    expect(readKnownDevice(header(secure), account, SECRET, false, NOW)).toBeNull();
  });
});
