/**
 * Splits one "name" cell into first and last name, the two ways Philippine
 * lists write it: "Dela Cruz, Juan" (last name first, with a comma) and
 * "Juan Dela Cruz". Without a comma the last name is the last word plus the
 * particles before it (Dela Cruz, De los Santos, San Juan, Sta. Maria), so
 * "Maria Clara Santos" keeps "Maria Clara" as the first name. Suffixes
 * (Jr., Sr., III) stay with the last name, where the list sorts by it.
 */
const PARTICLES = new Set(["de", "del", "dela", "della", "delos", "la", "las", "los", "san", "santa", "sta", "sto", "santo", "van", "von", "di", "da", "dos", "das"]);
const SUFFIX = /^(jr|sr|ii|iii|iv|v)\.?$/i;

export type SplitName = { firstName: string; lastName: string };

const bare = (word: string) => word.toLowerCase().replace(/\.$/, "");

export function splitFullName(input: string): SplitName {
  const text = input.replace(/\s+/g, " ").trim();
  if (!text) return { firstName: "", lastName: "" };
  const comma = text.indexOf(",");
  if (comma >= 0) {
    const last = text.slice(0, comma).trim();
    const rest = text.slice(comma + 1).trim();
    // "Dela Cruz Jr., Juan" already has the suffix in place; "Dela Cruz, Juan Jr." moves it to the last name.
    const words = rest.split(" ").filter(Boolean);
    const suffix = words.length > 1 && SUFFIX.test(words[words.length - 1]!) ? words.pop()! : "";
    return { firstName: words.join(" "), lastName: suffix ? `${last} ${suffix}` : last };
  }
  const words = text.split(" ");
  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1]!) ? words.pop()! : "";
  if (words.length === 1) return { firstName: words[0]!, lastName: suffix };
  let start = words.length - 1;
  // Walk back over particles ("de", "los") but always leave at least one word for the first name.
  while (start > 1 && PARTICLES.has(bare(words[start - 1]!))) start--;
  const last = words.slice(start).join(" ");
  return { firstName: words.slice(0, start).join(" "), lastName: suffix ? `${last} ${suffix}` : last };
}
