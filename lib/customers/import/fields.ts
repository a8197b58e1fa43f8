import { z } from "zod";

/** What a column of the file can be imported as. */
export const IMPORT_FIELDS = [
  "accountNo",
  "name",
  "firstName",
  "lastName",
  "mobile",
  "email",
  "address",
  "barangay",
  "city",
  "plan",
  "startDate",
  "billedUntil",
  "status",
  "latitude",
  "longitude",
  "notes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const FIELD_LABELS: Record<ImportField, string> = {
  accountNo: "Account number",
  name: "Full name",
  firstName: "First name",
  lastName: "Last name",
  mobile: "Mobile",
  email: "Email",
  address: "Address",
  barangay: "Barangay",
  city: "City / municipality",
  plan: "Plan",
  startDate: "Start date",
  billedUntil: "Billed until",
  status: "Status",
  latitude: "Latitude",
  longitude: "Longitude",
  notes: "Notes",
};

/** Which file column (0-based) each field is read from; a field left out is not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const columnMappingSchema = z.partialRecord(z.enum(IMPORT_FIELDS), z.number().int().min(0).max(199));

/** "Mobile No.", "E-mail", "Brgy." -> "mobile no", "e mail", "brgy". */
export function headerKey(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/#/g, " no ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Headers seen in ISPs' spreadsheets, as headerKey() writes them; the first matching field wins. */
const EXACT: Record<ImportField, string[]> = {
  accountNo: ["account no", "account number", "account", "acct no", "acct", "acc no", "account id", "customer no", "customer id", "subscriber no", "subscriber id", "id no"],
  name: ["name", "full name", "fullname", "customer name", "customer", "subscriber name", "subscriber", "client name", "client", "account name", "pangalan"],
  firstName: ["first name", "firstname", "given name", "fname", "first"],
  lastName: ["last name", "lastname", "surname", "family name", "lname", "last", "apelyido"],
  mobile: ["mobile", "mobile no", "mobile number", "cellphone", "cellphone no", "cellphone number", "cell no", "cel no", "cell", "cp", "cp no", "phone", "phone no", "phone number", "contact", "contact no", "contact number", "contact details"],
  email: ["email", "e mail", "email address", "e mail address"],
  address: ["address", "address line", "street", "street address", "house no", "house address", "purok", "sitio", "complete address", "location"],
  barangay: ["barangay", "brgy", "bgy", "brgy name", "barangay name"],
  city: ["city", "municipality", "city municipality", "town", "city town"],
  plan: ["plan", "plan name", "package", "internet plan", "subscription", "service plan"],
  startDate: ["start date", "date installed", "installation date", "install date", "installed", "date connected", "connected", "activation date", "date activated", "start"],
  billedUntil: ["billed until", "billed up to", "billed through", "billed thru", "billed elsewhere until", "last billed", "paid until", "paid up to", "paid through", "paid thru"],
  status: ["status", "account status", "customer status"],
  latitude: ["latitude", "lat"],
  longitude: ["longitude", "lng", "lon", "long"],
  notes: ["notes", "note", "remarks", "remark", "comments", "comment"],
};

/** Words that give a column away when no header matches exactly ("Subscriber's Cellphone #"). */
const CONTAINS: [ImportField, RegExp][] = [
  ["mobile", /\b(mobile|cellphone|cell|cp|contact|phone)\b/],
  ["email", /\be ?mail\b/],
  ["barangay", /\b(barangay|brgy|bgy)\b/],
  ["accountNo", /\b(account|acct)\b/],
  ["firstName", /\bfirst\b/],
  ["lastName", /\b(last|surname)\b/],
  ["plan", /\b(plan|package)\b/],
  ["startDate", /\b(installed|installation|activated|activation)\b/],
  ["billedUntil", /\b(billed|paid) (until|up to|through|thru)\b/],
  ["notes", /\b(remarks|notes)\b/],
  ["address", /\baddress\b/],
  ["name", /\bname\b/],
];

/** Guesses each field's column from the header; unmatched columns stay unmapped for the user to choose. */
export function guessMapping(header: string[]): ColumnMapping {
  const keys = header.map(headerKey);
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const assign = (field: ImportField, index: number) => {
    if (mapping[field] !== undefined || taken.has(index)) return;
    mapping[field] = index;
    taken.add(index);
  };
  for (const field of IMPORT_FIELDS) {
    const index = keys.findIndex((k, i) => !taken.has(i) && EXACT[field].includes(k));
    if (index >= 0) assign(field, index);
  }
  for (const [field, pattern] of CONTAINS) {
    const index = keys.findIndex((k, i) => !taken.has(i) && pattern.test(k));
    if (index >= 0) assign(field, index);
  }
  // Separate name columns win over a full-name one; keeping both would be ambiguous.
  if (mapping.firstName !== undefined && mapping.lastName !== undefined) delete mapping.name;
  return mapping;
}

/** What a mapping must hold before rows can be read; messages speak of the mapping form. */
export function mappingProblems(mapping: ColumnMapping, columnCount: number): string[] {
  const problems: string[] = [];
  const has = (f: ImportField) => mapping[f] !== undefined;
  for (const [field, index] of Object.entries(mapping)) {
    if (index !== undefined && index >= columnCount) problems.push(`${FIELD_LABELS[field as ImportField]} points at a column the file does not have.`);
  }
  const used = Object.values(mapping).filter((v) => v !== undefined);
  if (new Set(used).size !== used.length) problems.push("A column can be imported as one field only.");
  const split = has("firstName") || has("lastName");
  if (has("name") && split) problems.push("Choose either a full name column or first and last name columns, not both.");
  else if (!has("name") && !(has("firstName") && has("lastName"))) problems.push("Choose the column with the customer's name (a full name, or first and last name).");
  if (!has("mobile")) problems.push("Choose the column with the mobile number.");
  if (!has("barangay")) problems.push("Choose the column with the barangay.");
  if (has("latitude") !== has("longitude")) problems.push("Choose both latitude and longitude columns, or neither.");
  if (has("startDate") && !has("plan")) problems.push("A start date needs a plan column too.");
  if (has("billedUntil") && !has("plan")) problems.push("A billed-until date needs a plan column too.");
  return problems;
}
