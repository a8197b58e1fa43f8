import QRCode, { type QRCodeToDataURLOptions } from "qrcode";
import { centavosToDecimal } from "@/lib/money";

/**
 * The QR code on a bill: the account number and the amount due, for the
 * cashier. Plain ASCII (a scanner that types into the search box may not
 * type ₱), readable by any phone's camera, and recognised by the Payments
 * search, which opens the account: `fiberbill:ACC-000123?due=1299.00`.
 */
const PREFIX = "fiberbill:";
const PATTERN = /^fiberbill:([^?\s]{1,40})\?due=(\d{1,12})\.(\d{2})$/i;

export function billQrText({ accountNo, amountDue }: { accountNo: string; amountDue: number }): string {
  return `${PREFIX}${accountNo}?due=${centavosToDecimal(Math.max(0, amountDue))}`;
}

/** A bill's QR text back to its account number and amount due (centavos); null for anything else. */
export function parseBillQr(text: string): { accountNo: string; amountDue: number } | null {
  const match = PATTERN.exec(text.trim());
  if (!match) return null;
  return { accountNo: match[1]!, amountDue: Number(match[2]) * 100 + Number(match[3]) };
}

/** Medium error correction survives a crease or a smudge on a paper bill. */
const OPTIONS = { errorCorrectionLevel: "M" } as const;
/** The quiet zone around the symbol, in modules, that scanners need (the standard's 4). */
export const QR_MARGIN = 4;

/**
 * The symbol as one SVG path in module units, the quiet zone included
 * (viewBox `0 0 size size`): one rectangle per run of dark modules in a row.
 * Drawn inline on the invoice page (no image request, nothing for the CSP to block).
 */
export function qrSvgPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, OPTIONS);
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row++) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col++;
      parts.push(`M${start + QR_MARGIN} ${row + QR_MARGIN}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: n + 2 * QR_MARGIN, path: parts.join("") };
}

/**
 * The symbol as a PNG data: URL for the PDF: 4 px a module, 8-bit grayscale
 * (pngjs, qrcode's PNG writer, takes colorType 0). A PDF does not smooth an
 * enlarged image unless asked, so it prints sharp at about 3 cm; and a run's
 * batch of a thousand bills stays fast: an RGBA image at 8 px a module cost
 * about four times as much to embed (23 ms a bill against 6 ms).
 */
export async function qrPngDataUrl(text: string): Promise<string> {
  const png = { ...OPTIONS, margin: QR_MARGIN, scale: 4, rendererOpts: { colorType: 0 } } as QRCodeToDataURLOptions;
  return QRCode.toDataURL(text, png);
}
