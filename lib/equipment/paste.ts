import { normalizeMac, normalizeSerial } from "./identifiers";

/** The most devices one delivery may receive at once (a few boxes; a bigger load is several deliveries). */
export const MAX_DEVICES_PER_DELIVERY = 500;

export type PastedDevice = { line: number; serialNumber: string; mac: string | null };
export type PasteProblem = { line: number; text: string; problem: string };
export type ParsedPaste = { devices: PastedDevice[]; problems: PasteProblem[] };

/**
 * Reads what was pasted or scanned into the serials box: one device a line,
 * "SERIAL", "SERIAL,MAC" (comma, semicolon or tab) or "SERIAL MAC". Blank
 * lines are skipped. Every line that cannot be received is named with its
 * problem, so the person fixes those lines and loses nothing else.
 */
export function parseSerialPaste(text: string): ParsedPaste {
  const devices: PastedDevice[] = [];
  const problems: PasteProblem[] = [];
  const serialLine = new Map<string, number>();
  const macLine = new Map<string, number>();
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === "") return;
    const split = splitLine(trimmed);
    if ("problem" in split) return void problems.push({ line, text: trimmed, problem: split.problem });
    const serialNumber = normalizeSerial(split.serial);
    if (!serialNumber) return void problems.push({ line, text: trimmed, problem: `“${split.serial}” is not a serial number: use 3 to 40 letters, digits, dots, dashes or slashes.` });
    let mac: string | null = null;
    if (split.mac !== null) {
      mac = normalizeMac(split.mac);
      if (!mac) return void problems.push({ line, text: trimmed, problem: `“${split.mac}” is not a MAC address: write six pairs of hex digits, like 9C:A2:F4:1B:22:0E.` });
    }
    const serialSeen = serialLine.get(serialNumber);
    if (serialSeen !== undefined) return void problems.push({ line, text: trimmed, problem: `${serialNumber} is already on line ${serialSeen}.` });
    const macSeen = mac ? macLine.get(mac) : undefined;
    if (mac && macSeen !== undefined) return void problems.push({ line, text: trimmed, problem: `The MAC ${mac} is already on line ${macSeen}.` });
    serialLine.set(serialNumber, line);
    if (mac) macLine.set(mac, line);
    devices.push({ line, serialNumber, mac });
  });
  return { devices, problems };
}

/**
 * One line as a serial and an optional MAC. With a comma, semicolon or tab the
 * parts are explicit. With spaces only, the last word is the MAC when it reads
 * as one (scanners type "SERIAL MAC"); otherwise the spaces belong to a typed
 * serial ("ZTE C3 01"), which normalizeSerial closes up.
 */
function splitLine(text: string): { serial: string; mac: string | null } | { problem: string } {
  if (/[,;\t]/.test(text)) {
    const parts = text.split(/[,;\t]/).map((p) => p.trim());
    while (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
    if (parts.length > 2) return { problem: "Write one serial and at most one MAC on a line, like ZTEGC8A10001,9C:A2:F4:1B:22:0E." };
    return { serial: parts[0] ?? "", mac: parts[1] ? parts[1] : null };
  }
  const words = text.split(/\s+/);
  if (words.length > 1 && normalizeMac(words[words.length - 1]!)) return { serial: words.slice(0, -1).join(""), mac: words[words.length - 1]! };
  return { serial: text, mac: null };
}

/** A problem as the one line of text shown next to the field ("Line 3: …"). */
export function describePasteProblem(p: PasteProblem): string {
  return `Line ${p.line}: ${p.problem}`;
}
