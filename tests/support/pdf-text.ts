import jsQR from "jsqr";
import { getDocument, OPS } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The text of each page of a PDF, items joined by spaces (pdf.js, as a reader would extract it). */
export async function pdfPages(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" ").replace(/\s+/g, " "));
  }
  await doc.destroy();
  return pages;
}

/**
 * The QR codes on each page of a PDF, decoded as a phone or a cashier's
 * scanner would read them: every image is taken from the page (pdf.js) and
 * given to a QR reader (jsQR); images that hold none are left out.
 */
export async function pdfQrCodes(pdf: Uint8Array): Promise<string[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false, isOffscreenCanvasSupported: false }).promise;
  const pages: string[][] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const ops = await page.getOperatorList();
    const found: string[] = [];
    for (let k = 0; k < ops.fnArray.length; k++) {
      if (ops.fnArray[k] !== OPS.paintImageXObject) continue;
      const name = (ops.argsArray[k] as [string])[0];
      const image = await new Promise<{ width: number; height: number; data: Uint8Array | Uint8ClampedArray }>((resolve) => page.objs.get(name, resolve));
      const text = jsQR(toRgba(image), image.width, image.height)?.data;
      if (text) found.push(text);
    }
    pages.push(found);
  }
  await doc.destroy();
  return pages;
}

/** pdf.js hands images over as RGB or RGBA bytes; jsQR reads RGBA. */
function toRgba({ width, height, data }: { width: number; height: number; data: Uint8Array | Uint8ClampedArray }): Uint8ClampedArray {
  const pixels = width * height;
  const channels = data.length / pixels;
  if (channels === 4) return new Uint8ClampedArray(data);
  const out = new Uint8ClampedArray(pixels * 4);
  for (let p = 0; p < pixels; p++) {
    for (let c = 0; c < 3; c++) out[p * 4 + c] = channels === 3 ? data[p * 3 + c]! : data[p]!;
    out[p * 4 + 3] = 255;
  }
  return out;
}
