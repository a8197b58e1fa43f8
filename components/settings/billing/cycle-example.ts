import { addDays } from "@/lib/billing/dates";
import { lateFeeDate } from "@/lib/billing/late-fee";

const short = new Intl.DateTimeFormat("en-PH", { month: "short", day: "numeric", timeZone: "UTC" });
const show = (iso: string) => short.format(new Date(`${iso}T00:00:00Z`));

function wholeIn(text: string, min: number, max: number): number | null {
  if (!/^\d{1,3}$/.test(text.trim())) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

/**
 * The dates that follow from the cycle settings for one example period, in
 * plain words, computed with the billing rules' own date functions.
 */
export function cycleExample(input: { cycleKind: "fixed" | "anniversary"; cycleDay: string; issueLeadDays: string; dueDays: string; graceDays: string }): string | null {
  const lead = wholeIn(input.issueLeadDays, 0, 28);
  const due = wholeIn(input.dueDays, 0, 90);
  const grace = wholeIn(input.graceDays, 0, 90);
  const day = input.cycleKind === "fixed" ? wholeIn(input.cycleDay, 1, 28) : 15;
  if (lead === null || due === null || grace === null || day === null) return null;
  const start = `2026-05-${String(day).padStart(2, "0")}`;
  const issue = addDays(start, -lead);
  const dueDate = addDays(issue, due);
  const whose = input.cycleKind === "fixed" ? "the period" : "a customer activated on the 15th, the period";
  return `Example: for ${whose} starting ${show(start)}, the invoice is issued ${show(issue)} and due ${show(dueDate)}; if still unpaid on ${show(lateFeeDate(dueDate, grace))}, the late fee applies and the account may be suspended.`;
}
