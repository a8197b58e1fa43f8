import { formatCount } from "./count";

/** The English plural of a regular noun: invoice -> invoices, match -> matches, entry -> entries, day -> days. */
export function pluralOf(noun: string): string {
  if (/(s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** The noun that goes with a count: "invoice" for 1, "invoices" otherwise (0 invoices, 2 invoices). */
export function nounFor(n: number, noun: string, many: string = pluralOf(noun)): string {
  return n === 1 ? noun : many;
}

/**
 * A count and its noun, agreeing: plural(1, "invoice") is "1 invoice",
 * plural(1234, "invoice") "1,234 invoices". Give the plural for irregular
 * nouns: plural(n, "person", "people").
 */
export function plural(n: number, noun: string, many?: string): string {
  return `${formatCount(n)} ${nounFor(n, noun, many)}`;
}
