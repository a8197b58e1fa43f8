import { describe, expect, it } from "vitest";
import { formatPhMobile, normalizePhMobile } from "./mobile";

describe("normalizePhMobile", () => {
  it.each<[string, string | null]>([
    ["0917 123 4567", "+639171234567"],
    ["09171234567", "+639171234567"],
    ["+63 917 123 4567", "+639171234567"],
    ["+63-917-123-4567", "+639171234567"],
    ["639171234567", "+639171234567"],
    ["9171234567", "+639171234567"],
    ["(0917) 123-4567", "+639171234567"],
    ["0998 765 4321", "+639987654321"],
    ["088 856 1234", null], // a Cagayan de Oro landline, not a mobile
    ["0817 123 4567", null],
    ["+1 917 123 4567", null],
    ["0917 123 456", null],
    ["0917 123 45678", null],
    ["+9171234567", null],
    ["abc", null],
    ["", null],
  ])("%s -> %s", (input, expected) => expect(normalizePhMobile(input)).toBe(expected));
});

describe("formatPhMobile", () => {
  it("shows the local form", () => expect(formatPhMobile("+639171234567")).toBe("0917 123 4567"));
  it("leaves anything else as it is", () => expect(formatPhMobile("n/a")).toBe("n/a"));
});
