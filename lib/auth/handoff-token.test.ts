import { describe, expect, it } from "vitest";
import { HANDOFF_TTL_SECONDS, mintHandoffToken, readHandoffToken } from "./handoff-token";

const claims = { uid: "11111111-1111-4111-8111-111111111111", tid: "22222222-2222-4222-8222-222222222222", slug: "cdo-fiber" };

describe("handoff token", () => {
  it("round-trips its claims", () => {
    const token = mintHandoffToken(claims, "secret", 1_000_000);
    expect(readHandoffToken(token, "secret", 1_000_000)).toMatchObject(claims);
  });
  it("is refused after it expires", () => {
    const token = mintHandoffToken(claims, "secret", 1_000_000);
    expect(readHandoffToken(token, "secret", 1_000_000 + (HANDOFF_TTL_SECONDS + 1) * 1000)).toBeNull();
  });
  it("is refused with another secret or a tampered payload", () => {
    const token = mintHandoffToken(claims, "secret");
    expect(readHandoffToken(token, "other-secret")).toBeNull();
    const [payload, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload!, "base64url").toString()), slug: "victim" })).toString("base64url");
    expect(readHandoffToken(`${forged}.${sig}`, "secret")).toBeNull();
    expect(readHandoffToken("garbage", "secret")).toBeNull();
  });
  it("gives every token its own id, so single use can be enforced", () => {
    const a = readHandoffToken(mintHandoffToken(claims, "s"), "s");
    const b = readHandoffToken(mintHandoffToken(claims, "s"), "s");
    expect(a?.jti).not.toBe(b?.jti);
  });
});
