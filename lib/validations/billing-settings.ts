import { z } from "zod";
import { normalizePhMobile } from "@/lib/customers/mobile";
import { formatPesos, parsePesos } from "@/lib/money";

/**
 * The Settings > Billing form. FormData values are strings; this turns them
 * into the billing_settings row's units (centavos, basis points, digits-only
 * TIN) and mirrors the table's CHECK constraints with messages a person can act
 * on. Shared by the server action and the form's client-side logo check.
 */

export const TAX_MODES = ["none", "vat_inclusive", "vat_exclusive"] as const;
export const CYCLE_KINDS = ["fixed", "anniversary"] as const;
export const LATE_FEE_KINDS = ["none", "flat", "percent"] as const;

/** Defaults used when the form sends nothing for a setting that does not apply (same as the table's). */
const DEFAULT_VAT_RATE_BP = 1200;
const DEFAULT_CYCLE_DAY = 1;
/** Fees above this are almost certainly a typo (an extra zero). */
const MAX_FEE_CENTAVOS = 100_000_00;
/** The counters' padding allows 12 digits. */
const MAX_NEXT_NUMBER = 999_999_999_999;

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ["image/png", "image/jpeg"] as const;

// ---------- TIN ----------

/**
 * A Philippine TIN is 9 digits (the BIR prints it as 000-000-000 followed by a
 * branch code). We store the 9 digits only, so searching and printing never
 * depend on how someone typed the dashes; formatTin puts them back.
 */
export function normalizeTin(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, "");
  return /^\d{9}$/.test(digits) ? digits : null;
}

/** "123456789" -> "123-456-789"; with a branch code "123-456-789-0000", as printed on invoices. */
export function formatTin(digits: string, branchCode?: string): string {
  if (!/^\d{9}$/.test(digits)) return digits;
  const tin = `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  return branchCode ? `${tin}-${branchCode}` : tin;
}

/**
 * A buyer's TIN (a business customer's, printed on their invoices): 9 digits,
 * or 9 and the branch code (3 to 5 digits) some buyers give. Digits only, like
 * the seller's; null when it is neither.
 */
export function normalizeBuyerTin(input: string): string | null {
  const digits = input.replace(/[\s.-]/g, "");
  return /^\d{9}(\d{3,5})?$/.test(digits) ? digits : null;
}

/** "123456789" -> "123-456-789"; "12345678900000" -> "123-456-789-00000". */
export function formatBuyerTin(digits: string): string {
  return digits.length > 9 ? formatTin(digits.slice(0, 9), digits.slice(9)) : formatTin(digits);
}

export const BUYER_TIN_HINT = "9 digits, like 123-456-789, with the branch code after it if they gave one (123-456-789-00000).";

function tinProblem(input: string): string {
  const digits = input.replace(/[\s.-]/g, "");
  // People often copy the full TIN with its branch code from Form 2303.
  if (/^\d{12,14}$/.test(digits)) return "Enter the 9-digit TIN here and the branch code (the last 4 or 5 digits) in Branch code.";
  return "A TIN has 9 digits, like 123-456-789.";
}

// ---------- percent ----------

/** "12" -> 1200, "12.5%" -> 1250 basis points; null when it is not a percentage with at most 2 decimals. */
export function parsePercentBp(input: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/\s*%$/, ""));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
}

/** 1200 -> "12", 1250 -> "12.5": how the form shows a rate. */
export function bpToPercent(bp: number): string {
  const whole = Math.trunc(bp / 100);
  const frac = bp % 100;
  return frac === 0 ? String(whole) : `${whole}.${String(frac).padStart(2, "0").replace(/0$/, "")}`;
}

// ---------- logo ----------

const LOGO_PATTERN = /^data:(image\/png|image\/jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

/** Bytes an unpadded-or-padded base64 string decodes to. */
function base64Bytes(b64: string): number {
  const padding = b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - padding;
}

/**
 * Why a logo data: URL is refused, or null when it is a PNG or JPEG of at most
 * 200 KB. The first bytes must match the declared type, so a renamed file or
 * an SVG labelled image/png is refused before it reaches a PDF.
 */
export function logoProblem(dataUrl: string): string | null {
  // Checked before the regex so a huge string is refused without scanning it.
  if (dataUrl.length > Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 64) return tooBig(Math.floor((dataUrl.length * 3) / 4));
  const match = LOGO_PATTERN.exec(dataUrl);
  if (!match) return "Choose a PNG or JPEG image.";
  const [, type, b64] = match as unknown as [string, string, string];
  if (b64.length % 4 === 1) return "That file is not a valid PNG or JPEG image.";
  const bytes = base64Bytes(b64);
  if (bytes > LOGO_MAX_BYTES) return tooBig(bytes);
  const head = atob(b64.slice(0, 8));
  const isPng = head.startsWith("\x89PNG");
  const isJpeg = head.startsWith("\xFF\xD8\xFF");
  if ((type === "image/png" && !isPng) || (type === "image/jpeg" && !isJpeg)) return "That file is not a valid PNG or JPEG image.";
  return null;
}

function tooBig(bytes: number): string {
  return `The logo must be 200 KB or smaller; this one is ${Math.ceil(bytes / 1024)} KB.`;
}

// ---------- field helpers ----------

const text = (max: number) =>
  z.preprocess((v) => (v == null ? "" : v), z.string().trim().max(max, `Use at most ${max} characters.`));
/** A checkbox: present ("on") when ticked, absent when not. */
const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());
/** A value only some choices use; checked below, once the choice is known. */
const dependent = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string());

const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string(message)
    .trim()
    .regex(/^\d{1,12}$/, message)
    .transform(Number)
    .pipe(z.number().min(min, message).max(max, message));

const days = (min: number, max: number, what: string) => wholeNumber(min, max, `Enter ${what} as a whole number from ${min} to ${max}.`);

const pesosOrZero = (label: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && v.trim() !== "" ? v : "0"),
    z.string().transform((v, ctx) => {
      const c = parsePesos(v);
      if (c === null) ctx.addIssue({ code: "custom", message: `Enter the ${label} in pesos, like 500 or 1,500.50.` });
      else if (c > MAX_FEE_CENTAVOS) ctx.addIssue({ code: "custom", message: `The ${label} can be at most ${formatPesos(MAX_FEE_CENTAVOS)}.` });
      return c ?? 0;
    }),
  );

const prefix = z
  .preprocess((v) => (v == null ? "" : v), z.string())
  .pipe(z.string().trim().max(10, "Use at most 10 characters.").regex(/^[A-Za-z0-9-]*$/, "Use letters, numbers and hyphens only."))
  .transform((v) => v.toUpperCase());

const nextNumber = wholeNumber(1, MAX_NEXT_NUMBER, "Enter a whole number, 1 or more.");
/** The next number the form showed when it loaded; lets the server tell "left alone" from "moved back". */
const shownNumber = z.preprocess((v) => {
  const n = typeof v === "string" && /^\d{1,12}$/.test(v.trim()) ? Number(v) : undefined;
  return n !== undefined && n >= 1 ? n : undefined;
}, z.number().optional());

const logoDataUrl = z.preprocess(
  (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
  z
    .string()
    .superRefine((v, ctx) => {
      const problem = logoProblem(v);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .optional(),
);

// ---------- how customers pay ----------

export const MAX_BANK_ACCOUNTS = 5;
const MAX_BANK_LINE = 120;
const MAX_OFFICE_HOURS = 200;

/** A GCash or Maya number: a Philippine mobile number, stored as +639…; null when it is not one. */
const walletNumber = (wallet: string) =>
  z.preprocess((v) => (v == null ? "" : v), z.string().trim()).transform((v, ctx) => {
    if (v === "") return "";
    const e164 = normalizePhMobile(v);
    if (!e164) ctx.addIssue({ code: "custom", message: `Enter the ${wallet} number as a Philippine mobile number, like 0917 123 4567.` });
    return e164;
  });

/** Bank accounts, one a line as the bill prints them: trimmed, blank lines dropped. */
const bankAccounts = z.preprocess((v) => (v == null ? "" : v), z.string()).transform((v, ctx) => {
  const lines = v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const long = lines.findIndex((l) => l.length > MAX_BANK_LINE);
  if (lines.length > MAX_BANK_ACCOUNTS) ctx.addIssue({ code: "custom", message: `List at most ${MAX_BANK_ACCOUNTS} bank accounts, one a line.` });
  else if (long >= 0) ctx.addIssue({ code: "custom", message: `Line ${long + 1} is too long: use at most ${MAX_BANK_LINE} characters a line.` });
  return lines.join("\n");
});

const officeHours = z.preprocess((v) => (v == null ? "" : v), z.string()).transform((v, ctx) => {
  const text = v
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
  if (text.length > MAX_OFFICE_HOURS) ctx.addIssue({ code: "custom", message: `Use at most ${MAX_OFFICE_HOURS} characters.` });
  return text;
});

/** A wallet's number and account name go together: customers check the name before they send money. */
function walletIssues(v: { gcashNumber: string | null; gcashName: string; mayaNumber: string | null; mayaName: string }) {
  const issues: { path: string; message: string }[] = [];
  for (const [wallet, number, name] of [
    ["GCash", v.gcashNumber, v.gcashName],
    ["Maya", v.mayaNumber, v.mayaName],
  ] as const) {
    const key = wallet === "GCash" ? "gcash" : "maya";
    // A number already refused above says so itself.
    if (number === null) continue;
    if (number && !name) issues.push({ path: `${key}Name`, message: `Enter the name on the ${wallet} account: customers check it before they send money.` });
    if (!number && name) issues.push({ path: `${key}Number`, message: `Enter the ${wallet} number, or clear the account name.` });
  }
  return issues;
}

// ---------- the form ----------

const fields = z.object({
  businessName: z.preprocess((v) => (v == null ? "" : v), z.string().trim().min(1, "Enter your registered business name.").max(200, "Use at most 200 characters.")),
  address: text(300),
  tin: z.preprocess((v) => (v == null ? "" : v), z.string().trim()).transform((v, ctx) => {
    if (v === "") return "";
    const digits = normalizeTin(v);
    if (!digits) ctx.addIssue({ code: "custom", message: tinProblem(v) });
    return digits ?? "";
  }),
  branchCode: z
    .preprocess((v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : "0000"), z.string())
    .pipe(z.string().regex(/^\d{4,5}$/, "A branch code has 4 digits (0000 for the head office); some BIR forms show 5.")),
  taxMode: z.enum(TAX_MODES, "Choose how you charge VAT."),
  vatRate: dependent,
  logoDataUrl,
  removeLogo: checkbox,
  cycleKind: z.enum(CYCLE_KINDS, "Choose a billing cycle."),
  cycleDay: dependent,
  issueLeadDays: days(0, 28, "the days before the period"),
  dueDays: days(0, 90, "the days until due"),
  graceDays: days(0, 90, "the grace days"),
  lateFeeKind: z.enum(LATE_FEE_KINDS, "Choose a kind of late fee."),
  lateFeeAmount: dependent,
  lateFeePercent: dependent,
  reconnectionFee: pesosOrZero("reconnection fee"),
  billSuspended: checkbox,
  gcashNumber: walletNumber("GCash"),
  gcashName: text(100),
  mayaNumber: walletNumber("Maya"),
  mayaName: text(100),
  bankAccounts,
  officeHours,
  invoicePrefix: prefix,
  invoiceNextNumber: nextNumber,
  invoiceNextNumberShown: shownNumber,
  receiptPrefix: prefix,
  receiptNextNumber: nextNumber,
  receiptNextNumberShown: shownNumber,
});

type Fields = z.output<typeof fields>;

/** The settings that apply only under some choices; every problem comes back keyed by its field. */
function dependentValues(v: Fields) {
  const issues: { path: string; message: string }[] = [];
  let vatRateBp = parsePercentBp(v.vatRate);
  if (v.taxMode === "none") {
    // Not shown as an error: the rate is kept for when the tenant registers for VAT.
    if (vatRateBp === null || vatRateBp > 5000) vatRateBp = DEFAULT_VAT_RATE_BP;
  } else if (vatRateBp === null) {
    issues.push({ path: "vatRate", message: "Enter the VAT rate in percent, like 12." });
  } else if (vatRateBp === 0 || vatRateBp > 5000) {
    issues.push({ path: "vatRate", message: "The VAT rate must be more than 0% and at most 50%." });
  }

  let cycleDay: number | null = /^\d{1,2}$/.test(v.cycleDay) ? Number(v.cycleDay) : null;
  if (v.cycleKind === "anniversary") {
    // Anniversary billing uses each customer's activation day; the fixed day is kept for later.
    if (cycleDay === null || cycleDay < 1 || cycleDay > 28) cycleDay = DEFAULT_CYCLE_DAY;
  } else if (cycleDay === null || cycleDay < 1 || cycleDay > 28) {
    issues.push({
      path: "cycleDay",
      message: "Choose a day from 1 to 28, so every month has it. To bill near month end, choose 28 or use anniversary billing.",
    });
  }

  let lateFeeAmount = 0;
  let lateFeeRateBp = 0;
  if (v.lateFeeKind === "flat") {
    const c = parsePesos(v.lateFeeAmount);
    if (c === null) issues.push({ path: "lateFeeAmount", message: "Enter the late fee in pesos, like 50 or 100." });
    else if (c === 0) issues.push({ path: "lateFeeAmount", message: "Enter an amount above ₱0.00, or choose “No late fee”." });
    else if (c > MAX_FEE_CENTAVOS) issues.push({ path: "lateFeeAmount", message: `The late fee can be at most ${formatPesos(MAX_FEE_CENTAVOS)}.` });
    else lateFeeAmount = c;
  } else if (v.lateFeeKind === "percent") {
    const bp = parsePercentBp(v.lateFeePercent);
    if (bp === null) issues.push({ path: "lateFeePercent", message: "Enter the late fee in percent, like 5 or 2.5." });
    else if (bp === 0 || bp > 10_000) issues.push({ path: "lateFeePercent", message: "The late fee must be more than 0% and at most 100%." });
    else lateFeeRateBp = bp;
  }
  return { issues, vatRateBp: vatRateBp ?? DEFAULT_VAT_RATE_BP, cycleDay: cycleDay ?? DEFAULT_CYCLE_DAY, lateFeeAmount, lateFeeRateBp };
}

const CHOICES = new Set(["taxMode", "cycleKind", "lateFeeKind"]);

export const billingSettingsSchema = fields
  .superRefine(
    (v, ctx) => {
      for (const issue of [...dependentValues(v).issues, ...walletIssues(v)]) ctx.addIssue({ code: "custom", path: [issue.path], message: issue.message });
    },
    // Runs even when unrelated fields are wrong, so every problem shows at once.
    { when: (payload) => payload.issues.every((i) => !CHOICES.has(String(i.path?.[0]))) },
  )
  .transform((v) => {
    const { vatRateBp, cycleDay, lateFeeAmount, lateFeeRateBp } = dependentValues(v);
    const logo: LogoChange = v.removeLogo ? { kind: "remove" } : v.logoDataUrl ? { kind: "set", dataUrl: v.logoDataUrl } : { kind: "keep" };
    return {
      businessName: v.businessName,
      address: v.address,
      tin: v.tin,
      branchCode: v.branchCode,
      taxMode: v.taxMode,
      vatRateBp,
      logo,
      cycleKind: v.cycleKind,
      cycleDay,
      issueLeadDays: v.issueLeadDays,
      dueDays: v.dueDays,
      graceDays: v.graceDays,
      lateFeeKind: v.lateFeeKind,
      lateFeeAmount,
      lateFeeRateBp,
      reconnectionFee: v.reconnectionFee,
      billSuspended: v.billSuspended,
      gcashNumber: v.gcashNumber ?? "",
      gcashName: v.gcashName,
      mayaNumber: v.mayaNumber ?? "",
      mayaName: v.mayaName,
      bankAccounts: v.bankAccounts,
      officeHours: v.officeHours,
      invoicePrefix: v.invoicePrefix,
      invoiceNextNumber: v.invoiceNextNumber,
      invoiceNextNumberShown: v.invoiceNextNumberShown,
      receiptPrefix: v.receiptPrefix,
      receiptNextNumber: v.receiptNextNumber,
      receiptNextNumberShown: v.receiptNextNumberShown,
    };
  });

/** What the form asks for the logo: leave it, take it off, or replace it with a validated data: URL. */
export type LogoChange = { kind: "keep" } | { kind: "remove" } | { kind: "set"; dataUrl: string };

export type BillingSettingsInput = z.output<typeof billingSettingsSchema>;
