import { describe, expect, it } from "vitest";
import { headerKey, kindFromName, parseDegree, parseLatLng, parseMetres, parseRatio, ratioInText } from "./cells";

describe("plant cells", () => {
  it.each([
    ["1:8", 8],
    ["1 : 16", 16],
    ["1x4", 4],
    ["1/2", 2],
    ["8", 8],
    ["16 ports", 16],
    ["1:8 PLC", 8],
    ["", null],
    ["eight", null],
    ["1:8:2", null],
    ["0", null],
  ])("ratio %j -> %j", (text, ratio) => expect(parseRatio(text)).toBe(ratio));

  it("finds a ratio written in a description", () => {
    expect(ratioInText("Pole P-12, splitter 1:16 PLC")).toBe(16);
    expect(ratioInText("Installed 2024-01-08")).toBeNull();
    expect(ratioInText("no splitter noted")).toBeNull();
  });

  it.each([
    ["8.4771", 8.4771],
    ["124.6411°", 124.6411],
    ["124.6411 E", 124.6411],
    ["8.5 S", -8.5],
    ["8,4771", 8.4771],
    ["-0.5", -0.5],
    ["8°28'37.6\"N", null],
    ["north", null],
  ])("degree %j -> %j", (text, value) => expect(parseDegree(text)).toBe(value));

  it("reads a Google Maps point", () => {
    expect(parseLatLng("8.4771, 124.6411")).toEqual({ latitude: 8.4771, longitude: 124.6411 });
    expect(parseLatLng("8.4771 124.6411")).toEqual({ latitude: 8.4771, longitude: 124.6411 });
    expect(parseLatLng("8.4771")).toBeNull();
  });

  it.each([
    ["350", 350],
    ["350 m", 350],
    ["1,200", 1200],
    ["1200m", 1200],
    ["12.6", 13],
    ["far", null],
  ])("metres %j -> %j", (text, value) => expect(parseMetres(text)).toBe(value));

  it("folds headers as ISPs write them", () => {
    expect(headerKey("Feeder length (m)")).toBe("feeder length");
    expect(headerKey("PON Port label (optional)")).toBe("pon port label");
    expect(headerKey("Pole #")).toBe("pole");
    expect(headerKey("  LCP-Code ")).toBe("lcp code");
  });

  it("tells LCPs from NAPs by name", () => {
    expect(kindFromName("LCP-03 Carmen")).toBe("lcp");
    expect(kindFromName("NAPs")).toBe("nap");
    expect(kindFromName("nap 12")).toBe("nap");
    expect(kindFromName("Office")).toBeNull();
  });
});
