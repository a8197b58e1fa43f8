import { describe, expect, it } from "vitest";
import { billingSettingsSchema, bpToPercent, formatBuyerTin, formatTin, LOGO_MAX_BYTES, logoProblem, normalizeBuyerTin, normalizeTin, parsePercentBp } from "./billing-settings";

/** A form as the browser sends it: every value a string, checkboxes present only when ticked. */
const VALID: Record<string, string> = {
  businessName: "JDC Fiber Internet Services",
  address: "Purok 3, Carmen, Cagayan de Oro City",
  tin: "123-456-789",
  branchCode: "0000",
  taxMode: "vat_inclusive",
  vatRate: "12",
  logoDataUrl: "",
  cycleKind: "fixed",
  cycleDay: "1",
  issueLeadDays: "0",
  dueDays: "7",
  graceDays: "5",
  lateFeeKind: "none",
  lateFeeAmount: "",
  lateFeePercent: "",
  reconnectionFee: "",
  invoicePrefix: "inv-",
  invoiceNextNumber: "1",
  invoiceNextNumberShown: "1",
  receiptPrefix: "PR-",
  receiptNextNumber: "1",
  receiptNextNumberShown: "1",
};

const image = (type: "png" | "jpeg", bytes: number) => {
  const head = type === "png" ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff, 0xe0];
  const buf = Buffer.alloc(bytes);
  Buffer.from(head).copy(buf);
  return `data:image/${type};base64,${buf.toString("base64")}`;
};

const parse = (overrides: Record<string, string | undefined>) => {
  const input: Record<string, string> = { ...VALID };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete input[k];
    else input[k] = v;
  }
  return billingSettingsSchema.safeParse(input);
};

const errorsOf = (overrides: Record<string, string | undefined>) => {
  const r = parse(overrides);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("billingSettingsSchema: accepted input and what it becomes", () => {
  const cases: [string, Record<string, string | undefined>, Record<string, unknown>][] = [
    ["the defaults of a VAT-inclusive tenant", {}, { tin: "123456789", branchCode: "0000", taxMode: "vat_inclusive", vatRateBp: 1200, cycleDay: 1, dueDays: 7, graceDays: 5 }],
    ["TIN typed without dashes", { tin: "123456789" }, { tin: "123456789" }],
    ["TIN typed with spaces", { tin: "123 456 789" }, { tin: "123456789" }],
    ["no TIN yet", { tin: "" }, { tin: "" }],
    ["a 5-digit branch code", { branchCode: "00001" }, { branchCode: "00001" }],
    ["an empty branch code means the head office", { branchCode: "" }, { branchCode: "0000" }],
    ["VAT rate with decimals and a % sign", { vatRate: "12.5%" }, { vatRateBp: 1250 }],
    ["VAT rate at the 50% ceiling", { taxMode: "vat_exclusive", vatRate: "50" }, { vatRateBp: 5000 }],
    ["not registered: a rubbish rate is ignored and 12% kept", { taxMode: "none", vatRate: "abc" }, { taxMode: "none", vatRateBp: 1200 }],
    ["not registered: a valid rate is kept for later", { taxMode: "none", vatRate: "10" }, { vatRateBp: 1000 }],
    ["fixed cycle on day 28", { cycleDay: "28" }, { cycleKind: "fixed", cycleDay: 28 }],
    ["anniversary ignores a day 29 it does not use", { cycleKind: "anniversary", cycleDay: "29" }, { cycleKind: "anniversary", cycleDay: 1 }],
    ["anniversary keeps a valid fixed day", { cycleKind: "anniversary", cycleDay: "15" }, { cycleDay: 15 }],
    ["days at their upper limits", { issueLeadDays: "28", dueDays: "90", graceDays: "90" }, { issueLeadDays: 28, dueDays: 90, graceDays: 90 }],
    ["flat late fee in pesos", { lateFeeKind: "flat", lateFeeAmount: "₱1,050.50", lateFeePercent: "7" }, { lateFeeAmount: 105050, lateFeeRateBp: 0 }],
    ["percent late fee", { lateFeeKind: "percent", lateFeePercent: "2.5", lateFeeAmount: "50" }, { lateFeeRateBp: 250, lateFeeAmount: 0 }],
    ["no late fee zeroes both amounts", { lateFeeKind: "none", lateFeeAmount: "50", lateFeePercent: "5" }, { lateFeeAmount: 0, lateFeeRateBp: 0 }],
    ["reconnection fee", { reconnectionFee: "500" }, { reconnectionFee: 50000 }],
    ["empty reconnection fee is none", { reconnectionFee: "" }, { reconnectionFee: 0 }],
    ["bill suspended ticked", { billSuspended: "on" }, { billSuspended: true }],
    ["bill suspended not ticked (absent)", {}, { billSuspended: false }],
    ["prefixes are upper-cased", { invoicePrefix: "si-2026-" }, { invoicePrefix: "SI-2026-" }],
    ["an empty prefix is allowed", { receiptPrefix: "" }, { receiptPrefix: "" }],
    ["next numbers", { invoiceNextNumber: "1042", receiptNextNumber: "77" }, { invoiceNextNumber: 1042, receiptNextNumber: 77 }],
    ["a missing shown number is just unknown", { invoiceNextNumberShown: undefined }, { invoiceNextNumberShown: undefined }],
    ["no new logo keeps the old one", {}, { logo: { kind: "keep" } }],
    ["remove logo", { removeLogo: "on" }, { logo: { kind: "remove" } }],
    ["remove wins over a new file", { removeLogo: "on", logoDataUrl: image("png", 100) }, { logo: { kind: "remove" } }],
    ["how to pay left out entirely", {}, { gcashNumber: "", gcashName: "", mayaNumber: "", mayaName: "", bankAccounts: "", officeHours: "" }],
    [
      "GCash and Maya numbers as people type them, stored as +639…",
      { gcashNumber: "0917 123 4567", gcashName: " Juan Dela Cruz ", mayaNumber: "+63 918-123-4567", mayaName: "JDC Fiber" },
      { gcashNumber: "+639171234567", gcashName: "Juan Dela Cruz", mayaNumber: "+639181234567", mayaName: "JDC Fiber" },
    ],
    [
      "bank accounts: one a line, trimmed, blank lines dropped",
      { bankAccounts: "  BDO Savings 0012 3456 7890, JDC Fiber \r\n\n LandBank 1234-5678-90 \n" },
      { bankAccounts: "BDO Savings 0012 3456 7890, JDC Fiber\nLandBank 1234-5678-90" },
    ],
    ["office hours on two lines", { officeHours: " Mon–Sat 8 AM – 5 PM \n Sundays closed " }, { officeHours: "Mon–Sat 8 AM – 5 PM\nSundays closed" }],
  ];
  it.each(cases)("%s", (_name, overrides, expected) => {
    const r = parse(overrides);
    expect(r.error?.issues ?? []).toEqual([]);
    expect(r.data).toMatchObject(expected);
  });

  it("takes a new PNG logo as its data URL", () => {
    const url = image("png", 2048);
    expect(parse({ logoDataUrl: url }).data?.logo).toEqual({ kind: "set", dataUrl: url });
  });
});

describe("billingSettingsSchema: refused input, with the message next to its field", () => {
  const cases: [string, Record<string, string | undefined>, string, RegExp][] = [
    ["empty business name", { businessName: "  " }, "businessName", /registered business name/],
    ["missing business name", { businessName: undefined }, "businessName", /registered business name/],
    ["TIN with 8 digits", { tin: "123-456-78" }, "tin", /9 digits/],
    ["TIN with letters", { tin: "ABC-DEF-GHI" }, "tin", /9 digits/],
    ["TIN with the branch code typed in", { tin: "123-456-789-000" }, "tin", /branch code/],
    ["branch code of 3 digits", { branchCode: "000" }, "branchCode", /4 digits/],
    ["branch code of 6 digits", { branchCode: "000000" }, "branchCode", /4 digits/],
    ["unknown tax mode", { taxMode: "vat_sometimes" }, "taxMode", /VAT/],
    ["VAT rate empty when registered", { vatRate: "" }, "vatRate", /in percent/],
    ["VAT rate 0 when registered", { taxMode: "vat_exclusive", vatRate: "0" }, "vatRate", /more than 0%/],
    ["VAT rate above 50%", { vatRate: "60" }, "vatRate", /at most 50%/],
    ["VAT rate with 3 decimals", { vatRate: "12.125" }, "vatRate", /in percent/],
    ["fixed cycle day 29", { cycleDay: "29" }, "cycleDay", /1 to 28/],
    ["fixed cycle day 0", { cycleDay: "0" }, "cycleDay", /1 to 28/],
    ["fixed cycle day missing", { cycleDay: undefined }, "cycleDay", /1 to 28/],
    ["unknown cycle kind", { cycleKind: "weekly" }, "cycleKind", /billing cycle/],
    ["issue lead 29 days", { issueLeadDays: "29" }, "issueLeadDays", /0 to 28/],
    ["negative due days", { dueDays: "-1" }, "dueDays", /0 to 90/],
    ["due days 91", { dueDays: "91" }, "dueDays", /0 to 90/],
    ["due days with decimals", { dueDays: "7.5" }, "dueDays", /whole number/],
    ["grace days empty", { graceDays: "" }, "graceDays", /0 to 90/],
    ["flat late fee empty", { lateFeeKind: "flat", lateFeeAmount: "" }, "lateFeeAmount", /in pesos/],
    ["flat late fee zero", { lateFeeKind: "flat", lateFeeAmount: "0" }, "lateFeeAmount", /above ₱0.00/],
    ["flat late fee far too high", { lateFeeKind: "flat", lateFeeAmount: "250000" }, "lateFeeAmount", /at most ₱100,000.00/],
    ["percent late fee empty", { lateFeeKind: "percent", lateFeePercent: "" }, "lateFeePercent", /in percent/],
    ["percent late fee above 100", { lateFeeKind: "percent", lateFeePercent: "150" }, "lateFeePercent", /at most 100%/],
    ["unknown late fee kind", { lateFeeKind: "daily" }, "lateFeeKind", /late fee/],
    ["reconnection fee not an amount", { reconnectionFee: "five hundred" }, "reconnectionFee", /in pesos/],
    ["invoice prefix with a slash", { invoicePrefix: "INV/" }, "invoicePrefix", /letters, numbers and hyphens/],
    ["receipt prefix too long", { receiptPrefix: "PAYMENT-RECEIPT-" }, "receiptPrefix", /at most 10/],
    ["next invoice number 0", { invoiceNextNumber: "0" }, "invoiceNextNumber", /1 or more/],
    ["next receipt number not a number", { receiptNextNumber: "abc" }, "receiptNextNumber", /1 or more/],
    ["logo that is a GIF", { logoDataUrl: "data:image/gif;base64,R0lGODlhAQABAAAAACw=" }, "logoDataUrl", /PNG or JPEG/],
    ["logo that is an SVG", { logoDataUrl: "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" }, "logoDataUrl", /PNG or JPEG/],
    ["logo labelled PNG holding a JPEG", { logoDataUrl: image("jpeg", 100).replace("image/jpeg", "image/png") }, "logoDataUrl", /not a valid/],
    ["logo over 200 KB", { logoDataUrl: image("png", LOGO_MAX_BYTES + 1) }, "logoDataUrl", /200 KB or smaller; this one is 201 KB/],
    ["logo that is not base64", { logoDataUrl: "data:image/png;base64,not base64!" }, "logoDataUrl", /PNG or JPEG/],
    ["GCash number that is a landline", { gcashNumber: "(088) 856 1234", gcashName: "JDC" }, "gcashNumber", /GCash number as a Philippine mobile number/],
    ["Maya number too short", { mayaNumber: "0918 123", mayaName: "JDC" }, "mayaNumber", /Maya number as a Philippine mobile number/],
    ["GCash number without the account name", { gcashNumber: "09171234567" }, "gcashName", /name on the GCash account/],
    ["Maya account name without the number", { mayaName: "JDC Fiber" }, "mayaNumber", /Enter the Maya number, or clear the account name/],
    ["GCash account name too long", { gcashNumber: "09171234567", gcashName: "x".repeat(101) }, "gcashName", /at most 100/],
    ["six bank accounts", { bankAccounts: "a\nb\nc\nd\ne\nf" }, "bankAccounts", /at most 5 bank accounts/],
    ["a bank account line too long", { bankAccounts: `BDO\n${"9".repeat(121)}` }, "bankAccounts", /Line 2 is too long/],
    ["office hours too long", { officeHours: "x".repeat(201) }, "officeHours", /at most 200/],
  ];
  it.each(cases)("%s", (_name, overrides, field, message) => {
    const errors = errorsOf(overrides);
    expect(errors[field], JSON.stringify(errors)).toMatch(message);
  });

  it("a refused wallet number says so once, not also that the name lacks its number", () => {
    const r = parse({ gcashNumber: "12345", gcashName: "Juan" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["gcashNumber", "Enter the GCash number as a Philippine mobile number, like 0917 123 4567."]]);
  });

  it("reports every problem at once, conditional ones included", () => {
    const errors = errorsOf({ businessName: "", tin: "12", cycleDay: "29", vatRate: "99", lateFeeKind: "flat", lateFeeAmount: "x", dueDays: "100" });
    expect(Object.keys(errors).sort()).toEqual(["businessName", "cycleDay", "dueDays", "lateFeeAmount", "tin", "vatRate"]);
  });
});

describe("TIN, percent and logo helpers", () => {
  it.each([
    ["123456789", "123456789"],
    ["123-456-789", "123456789"],
    [" 123.456.789 ", "123456789"],
    ["12345678", null],
    ["123-456-789-0000", null],
  ])("normalizeTin(%j) = %j", (input, expected) => expect(normalizeTin(input)).toBe(expected));

  it.each([
    ["123456789", undefined, "123-456-789"],
    ["123456789", "0000", "123-456-789-0000"],
    ["123456789", "00012", "123-456-789-00012"],
  ])("formatTin(%j, %j) = %j", (digits, branch, expected) => expect(formatTin(digits, branch)).toBe(expected));

  it.each([
    ["123-456-789", "123456789"],
    ["123-456-789-000", "123456789000"],
    ["123 456 789 00000", "12345678900000"],
    ["123-456-789-00", null],
    ["123-456-789-000000", null],
    ["TIN 123456789", null],
  ])("normalizeBuyerTin(%j) = %j", (input, expected) => expect(normalizeBuyerTin(input)).toBe(expected));

  it.each([
    ["123456789", "123-456-789"],
    ["12345678900000", "123-456-789-00000"],
  ])("formatBuyerTin(%j) = %j", (digits, expected) => expect(formatBuyerTin(digits)).toBe(expected));

  it.each([
    ["12", 1200],
    ["12.5", 1250],
    ["12.25%", 1225],
    ["0", 0],
    ["100", 10000],
    ["", null],
    ["-1", null],
    ["1.234", null],
  ])("parsePercentBp(%j) = %j", (input, expected) => expect(parsePercentBp(input)).toBe(expected));

  it.each([
    [1200, "12"],
    [1250, "12.5"],
    [1225, "12.25"],
    [5, "0.05"],
    [0, "0"],
  ])("bpToPercent(%j) = %j", (bp, expected) => expect(bpToPercent(bp)).toBe(expected));

  it("accepts a logo of exactly 200 KB, PNG or JPEG", () => {
    expect(logoProblem(image("png", LOGO_MAX_BYTES))).toBeNull();
    expect(logoProblem(image("jpeg", LOGO_MAX_BYTES))).toBeNull();
  });

  it("refuses a very long string before scanning it", () => {
    expect(logoProblem(`data:image/png;base64,${"A".repeat(2_000_000)}`)).toMatch(/200 KB or smaller/);
  });
});
