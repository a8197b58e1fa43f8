import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/types";
import type { AuditEntry } from "@/lib/audit/record";
import { importBarangays } from "@/lib/barangays/barangays";
import { pgConstraint, pgErrorCode, UserFacingError } from "@/lib/errors";
import { takeNumbers } from "@/lib/numbering/counters";
import { loadImportLookups, takenAccountNumbers } from "./lookups";
import type { ImportRecord } from "./records";
import { inChunks, insertCustomers, insertSubscriptionEvents, insertSubscriptions, type CustomerRow } from "./insert-rows";
import { subscriptionRows } from "./subscription-rows";
import { checkImportRows, type ImportCheck, type ImportCustomer } from "./validate";

export type ImportCtx = { tx: Tx; audit: (e: AuditEntry) => Promise<void>; userId: string | null; today: string };

export type ImportOptions = {
  fileName: string;
  /** Create the barangays the file names but the tenant lacks, in this city (when a row has none) and province. */
  newBarangays: { city: string; province: string } | null;
  /** Told how many customers are written so far, of how many (a background import's progress bar). */
  onProgress?: (done: number, total: number) => void;
};

export type ImportOutcome =
  | { status: "invalid"; check: ImportCheck }
  | { status: "imported"; customers: number; subscriptions: number; barangaysCreated: number; firstAccountNo: string; lastAccountNo: string };

const accountNosOf = (records: readonly ImportRecord[]) => [...new Set(records.map((r) => r.cells.accountNo).filter((n): n is string => Boolean(n)))];

/** The preview: every row checked against the tenant's data, nothing written. */
export async function checkCustomerImport(tx: Tx, records: readonly ImportRecord[], today: string): Promise<ImportCheck> {
  return checkImportRows(records, await loadImportLookups(tx, accountNosOf(records), today));
}

function refuse(message: string): never {
  throw new UserFacingError(`${message} Nothing was imported.`);
}

/** Account numbers for the rows without one, from the tenant's gapless series in one UPDATE; they must not collide with the file's own. */
async function numberRows(tx: Tx, tenantId: string, rows: ImportCustomer[]): Promise<string[]> {
  const blanks = rows.filter((r) => !r.accountNo).length;
  const series = blanks ? await takeNumbers(tx, tenantId, "customer", blanks) : [];
  const fromFile = new Set(rows.map((r) => r.accountNo).filter(Boolean));
  const clash = series.find((n) => fromFile.has(n)) ?? [...(await takenAccountNumbers(tx, series))][0];
  if (clash) {
    refuse(`Your numbering series would give ${clash} to a row without an account number, but that number is already used. Give every row an account number, or none.`);
  }
  let next = 0;
  return rows.map((r) => r.accountNo ?? series[next++]!);
}

function customerRow(r: ImportCustomer, id: string, accountNo: string): CustomerRow {
  const { firstName, lastName, mobile, email, addressLine, latitude, longitude, notes, status } = r;
  return { id, accountNo, firstName, lastName, mobile, email, addressLine, barangayId: r.barangayId!, latitude, longitude, notes, status };
}

async function createMissingBarangays(ctx: ImportCtx, tenantId: string, check: ImportCheck, options: ImportOptions): Promise<number> {
  if (!check.unknownBarangays.length) return 0;
  if (!options.newBarangays) return 0;
  const { city, province } = options.newBarangays;
  const rows = check.unknownBarangays.map((b) => ({ name: b.name, city: b.city || city, province }));
  const { added } = await importBarangays(ctx, tenantId, rows, `customer import ${options.fileName}`);
  return added;
}

/**
 * Imports every row of the file or none: one transaction (the caller's),
 * set-based inserts in chunks, one audit row for the whole import. Rows are
 * checked again here against the database as it is now; a preview the
 * browser saw earlier counts for nothing.
 */
export async function commitCustomerImport(ctx: ImportCtx, tenantId: string, records: readonly ImportRecord[], options: ImportOptions): Promise<ImportOutcome> {
  let check = await checkCustomerImport(ctx.tx, records, ctx.today);
  const fixable = options.newBarangays !== null;
  if (check.errorRows > 0 || (check.barangayRows > 0 && !fixable)) return { status: "invalid", check };
  const barangaysCreated = await createMissingBarangays(ctx, tenantId, check, options);
  if (check.barangayRows > 0) {
    check = await checkCustomerImport(ctx.tx, records, ctx.today);
    const left = check.rows.find((r) => r.issues.length);
    if (left) refuse(`Row ${left.row}: ${left.issues[0]!.message}`);
  }
  const rows = check.rows.map((r) => r.customer!);
  const accountNos = await numberRows(ctx.tx, tenantId, rows);
  const ids = rows.map(() => randomUUID());
  const history = { reason: `Imported from ${options.fileName}`, date: ctx.today, userId: ctx.userId };
  try {
    let written = 0;
    await inChunks(
      rows.map((r, i) => customerRow(r, ids[i]!, accountNos[i]!)),
      async (chunk) => {
        await insertCustomers(ctx.tx, tenantId, chunk, history);
        written += chunk.length;
        options.onProgress?.(written, rows.length);
      },
    );
  } catch (error) {
    // Another import or a new customer took one of the file's numbers since the check above.
    if (pgErrorCode(error) === "23505" && pgConstraint(error) === "customers_tenant_account_no_key") {
      refuse("A customer was given one of the file's account numbers a moment ago. Preview the file again.");
    }
    throw error;
  }
  const subs = subscriptionRows(rows, ids, ctx.today);
  await inChunks(subs.subscriptions, (chunk) => insertSubscriptions(ctx.tx, tenantId, chunk));
  await inChunks(subs.events, (chunk) => insertSubscriptionEvents(ctx.tx, tenantId, chunk, ctx.userId));
  const outcome = {
    status: "imported" as const,
    customers: rows.length,
    subscriptions: subs.subscriptions.length,
    barangaysCreated,
    firstAccountNo: accountNos[0]!,
    lastAccountNo: accountNos[accountNos.length - 1]!,
  };
  await ctx.audit({
    action: "customer.import",
    entityType: "customer",
    after: {
      fileName: options.fileName,
      customers: outcome.customers,
      subscriptions: outcome.subscriptions,
      barangaysCreated,
      numberedFromSeries: rows.filter((r) => !r.accountNo).length,
      firstAccountNo: outcome.firstAccountNo,
      lastAccountNo: outcome.lastAccountNo,
    },
  });
  return outcome;
}
