import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { billQrText, parseBillQr, qrSvgPath } from "./bill-qr";

/** Paints an SVG path of axis-aligned "M x y h w v 1 h -w z" rectangles (what qrSvgPath draws) into RGBA pixels, `scale` a module. */
function paint(size: number, path: string, scale = 4): { data: Uint8ClampedArray; width: number } {
  const width = size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    for (let row = Number(y) * scale; row < (Number(y) + 1) * scale; row++) {
      for (let col = Number(x) * scale; col < (Number(x) + Number(w)) * scale; col++) data.fill(0, (row * width + col) * 4, (row * width + col) * 4 + 3);
    }
  }
  return { data, width };
}

describe("the bill's QR code", () => {
  it("holds the account number and the amount due as plain ASCII", () => {
    expect(billQrText({ accountNo: "ACC-000123", amountDue: 230184 })).toBe("fiberbill:ACC-000123?due=2301.84");
    // A credit is nothing to pay.
    expect(billQrText({ accountNo: "ACC-000123", amountDue: -5000 })).toBe("fiberbill:ACC-000123?due=0.00");
  });

  it.each([
    ["fiberbill:ACC-000123?due=2301.84", { accountNo: "ACC-000123", amountDue: 230184 }],
    [" FIBERBILL:CDO-77?due=0.05 ", { accountNo: "CDO-77", amountDue: 5 }],
    ["ACC-000123", null],
    ["fiberbill:ACC-000123?due=12", null],
    ["fiberbill:?due=1.00", null],
    ["https://example.com/fiberbill:ACC-1?due=1.00", null],
  ])("parseBillQr(%j)", (text, expected) => expect(parseBillQr(text)).toEqual(expected));

  it("draws a symbol a scanner reads back, quiet zone included", () => {
    const text = billQrText({ accountNo: "ACC-000123", amountDue: 230184 });
    const { size, path } = qrSvgPath(text);
    expect(path).toMatch(/^(M\d+ \d+h\d+v1h-\d+z)+$/);
    // Nothing is drawn in the 4-module margin.
    for (const [, x, y, w] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      expect(Number(x)).toBeGreaterThanOrEqual(4);
      expect(Number(y)).toBeGreaterThanOrEqual(4);
      expect(Number(x) + Number(w)).toBeLessThanOrEqual(size - 4);
    }
    const { data, width } = paint(size, path);
    expect(jsQR(data, width, width)?.data).toBe(text);
  });
});
