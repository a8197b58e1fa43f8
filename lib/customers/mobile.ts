/**
 * Philippine mobile numbers as people write them ("0917 123 4567",
 * "+63 917-123-4567", "639171234567", "9171234567") are stored in one form,
 * E.164: +639171234567.
 */
export function normalizePhMobile(input: string): string | null {
  const digits = input.replace(/[\s\-().]/g, "");
  if (!/^\+?\d+$/.test(digits)) return null;
  const bare = digits.replace(/^\+/, "");
  let national: string;
  if (bare.startsWith("63") && bare.length === 12) national = bare.slice(2);
  else if (bare.startsWith("0") && bare.length === 11) national = bare.slice(1);
  else if (bare.length === 10 && !digits.startsWith("+")) national = bare;
  else return null;
  if (!/^9\d{9}$/.test(national)) return null;
  return `+63${national}`;
}

/** +639171234567 -> "0917 123 4567", the way Filipinos read numbers. */
export function formatPhMobile(e164: string): string {
  const m = /^\+63(9\d{2})(\d{3})(\d{4})$/.exec(e164);
  return m ? `0${m[1]} ${m[2]} ${m[3]}` : e164;
}

export const MOBILE_HINT = "A Philippine mobile number, like 0917 123 4567 or +63 917 123 4567.";
