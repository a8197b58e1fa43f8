import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to PGlite on localhost with a development secret", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DATA_DIR).toBe("./.data/pglite");
    expect(env.ROOT_DOMAIN).toBe("localhost");
    expect(env.AUTH_SECRET).toMatch(/development-only/);
  });
  it("treats empty strings as unset", () => {
    const env = parseEnv({ NODE_ENV: "development", DATABASE_URL: "", ROOT_DOMAIN: " " });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.ROOT_DOMAIN).toBe("localhost");
  });
  it("requires AUTH_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/AUTH_SECRET is required in production/);
    expect(parseEnv({ NODE_ENV: "production", AUTH_SECRET: "s3cret-value" }).AUTH_SECRET).toBe("s3cret-value");
  });
  it("rejects a malformed DATABASE_URL", () => {
    expect(() => parseEnv({ DATABASE_URL: "not a url" })).toThrow(/DATABASE_URL/);
  });
  it("rejects a ROOT_DOMAIN with a scheme or port", () => {
    expect(() => parseEnv({ ROOT_DOMAIN: "https://fiberbill.ph" })).toThrow(/ROOT_DOMAIN/);
    expect(() => parseEnv({ ROOT_DOMAIN: "localhost:3000" })).toThrow(/ROOT_DOMAIN/);
  });
  it("needs the Upstash token with the Upstash URL", () => {
    expect(() => parseEnv({ UPSTASH_REDIS_REST_URL: "https://example.upstash.io" })).toThrow(/UPSTASH_REDIS_REST_TOKEN/);
  });
  it("reads the client-address trust model: proxy hops or one header, not both", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBeUndefined();
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(parseEnv({ TRUSTED_CLIENT_IP_HEADER: " X-Vercel-Forwarded-For " }).TRUSTED_CLIENT_IP_HEADER).toBe("x-vercel-forwarded-for");
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "0" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "one" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_CLIENT_IP_HEADER: "x real ip" })).toThrow(/TRUSTED_CLIENT_IP_HEADER/);
    expect(() => parseEnv({ TRUSTED_CLIENT_IP_HEADER: "X-Forwarded-For" })).toThrow(/use TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "1", TRUSTED_CLIENT_IP_HEADER: "x-real-ip" })).toThrow(/not both/);
  });
});
