/**
 * Money is integer centavos everywhere; this module is the only place that
 * turns it into text and back. "₱1,299.00" <-> 129900.
 */
import { formatCount } from "@/lib/text/count";

export function formatPesos(centavos: number | bigint): string {
  const value = typeof centavos === "bigint" ? Number(centavos) : centavos;
  if (!Number.isSafeInteger(value)) throw new RangeError("centavos must be a safe integer");
  const sign = value < 0 ? "-" : "";
  const abs = Math.abs(value);
  const pesos = Math.trunc(abs / 100);
  const cents = abs % 100;
  // Grouped by hand, not by Intl: server and browser must write the same text (lib/time/format.ts says why).
  return `${sign}₱${formatCount(pesos)}.${String(cents).padStart(2, "0")}`;
}

/** Pesos as typed by a person ("1,299", "₱1,299.50", "1299.5") to centavos; null when it is not an amount. */
export function parsePesos(input: string): number | null {
  const cleaned = input.trim().replace(/^₱|^php\s*/i, "").replace(/,/g, "").trim();
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const pesos = Number(match[1]);
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  return pesos * 100 + cents;
}

/** Centavos as a plain decimal for form fields and CSV ("1299.00"). */
export function centavosToDecimal(centavos: number): string {
  const sign = centavos < 0 ? "-" : "";
  const abs = Math.abs(centavos);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
