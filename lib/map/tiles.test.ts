import { describe, expect, it } from "vitest";
import { tileImageSource } from "./tiles";

describe("the tile server in img-src", () => {
  it.each([
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"],
    ["http://127.0.0.1:3901/{z}/{x}/{y}.png", "http://127.0.0.1:3901"],
    ["none", null],
    ["not a url", null],
  ])("%s -> %s", (url, source) => {
    expect(tileImageSource(url)).toBe(source);
  });
});
