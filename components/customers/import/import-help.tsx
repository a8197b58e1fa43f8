import { FIELD_LABELS, type ImportField } from "@/lib/customers/import/fields";

const ROWS: [ImportField, string][] = [
  ["name", "Required, unless the file has first name and last name columns. “Dela Cruz, Juan” or “Juan Dela Cruz”."],
  ["mobile", "Required. 0917 123 4567, +63 917 123 4567 or 9171234567. Format the column as Text in Excel."],
  ["barangay", "Required. Matched to your barangays whatever the case or accents; missing ones can be created."],
  ["city", "Optional. Needed only when two of your barangays share a name."],
  ["accountNo", "Optional. Kept as written; must be new. Empty rows get the next numbers of your series."],
  ["plan", "Optional. The name of an active plan: the customer gets a subscription activated on the start date."],
  ["startDate", "Optional. 2026-01-05, 1/5/2026 or Jan 5, 2026; today when empty. Not after today."],
  [
    "billedUntil",
    "Optional. The last day your previous system billed the line (“paid until”): FiberBill bills from the next day, without the installation fee. When empty, a line that started before the current billing period is taken as billed up to it.",
  ],
  ["status", "Optional. active (the default), suspended, disconnected or terminated."],
  ["email", "Optional."],
  ["address", "Optional. House, street, purok or sitio."],
  ["latitude", "Optional, with longitude: decimal degrees, like 8.4782 and 124.6236."],
  ["notes", "Optional."],
];

/** What a file may hold, for people preparing their spreadsheet. */
export function ImportHelp({ nextAccountNo }: { nextAccountNo: string }) {
  return (
    <details className="rounded-lg border p-4 text-sm">
      <summary className="cursor-pointer font-medium">What the file can hold</summary>
      <p className="mt-3 text-muted-foreground">
        One customer per row under a header row. Column names do not have to match: you say what each column holds after uploading. Rows without an account
        number are numbered from {nextAccountNo}.
      </p>
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {ROWS.map(([field, text]) => (
          <div key={field} className="contents">
            <dt className="font-medium">{field === "latitude" ? "Latitude, longitude" : FIELD_LABELS[field]}</dt>
            <dd className="text-muted-foreground">{text}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
