import { describe, expect, it } from "vitest";
import { originFor } from "./urls";

describe("originFor", () => {
  it("keeps the scheme and port the browser used", () => {
    expect(originFor("demo", "localhost:3000", "localhost", "http")).toBe("http://demo.localhost:3000");
    expect(originFor(null, "fiberbill.ph", "fiberbill.ph", "https")).toBe("https://fiberbill.ph");
  });
  it("takes only http or https from x-forwarded-proto, so an email's link cannot point elsewhere", () => {
    expect(originFor("demo", "fiberbill.ph", "fiberbill.ph", "https://evil.example/x?")).toBe("https://demo.fiberbill.ph");
    expect(originFor("demo", "fiberbill.ph:evil", "fiberbill.ph", "javascript")).toBe("https://demo.fiberbill.ph");
  });
});
