import { describe, expect, it } from "vitest";
import { decodeCsvBytes } from "./decode";

describe("decodeCsvBytes", () => {
  it("reads UTF-8 and drops its byte order mark", () => {
    expect(decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Santo Niño")]))).toBe("Santo Niño");
  });
  it("falls back to Windows-1252, as Excel saves plain CSV on Windows", () => {
    // "Santo Niño" with ñ as the single byte 0xF1
    expect(decodeCsvBytes(new Uint8Array([0x53, 0x61, 0x6e, 0x74, 0x6f, 0x20, 0x4e, 0x69, 0xf1, 0x6f]))).toBe("Santo Niño");
  });
});
