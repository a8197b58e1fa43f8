import { and, count, eq, ilike, inArray, or, sql, type SQL } from "drizzle-orm";
import { barangays, customers } from "../schema";
import type { Tx } from "../types";

export const BARANGAY_PAGE_SIZE = 100;

export type BarangayListFilters = { q?: string; province?: string; city?: string };

export type BarangayListRow = {
  id: string;
  name: string;
  city: string;
  province: string;
  psgcCode: string | null;
  customerCount: number;
};

/** `%`, `_` and `\` typed in the search box are literal characters, not patterns. */
function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function conditions(f: BarangayListFilters): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  if (f.province) where.push(sql`lower(${barangays.province}) = lower(${f.province})`);
  if (f.city) where.push(sql`lower(${barangays.city}) = lower(${f.city})`);
  if (f.q) {
    const pattern = `%${likeEscape(f.q)}%`;
    where.push(
      or(
        ilike(barangays.name, pattern),
        ilike(barangays.city, pattern),
        ilike(barangays.province, pattern),
        sql`${barangays.psgcCode} like ${`${likeEscape(f.q)}%`}`,
      ),
    );
  }
  return and(...where);
}

/**
 * How many customers live in each of the given barangays (an index on
 * customers (tenant_id, barangay_id) serves it). A separate grouped query on
 * purpose: in a single-table select Drizzle writes columns without their
 * table, so a correlated sub-select built from column refs compared the
 * customers' own columns with themselves and counted nothing.
 */
async function customerCounts(tx: Tx, barangayIds: string[]): Promise<Map<string, number>> {
  if (barangayIds.length === 0) return new Map();
  const counted = await tx
    .select({ barangayId: customers.barangayId, n: count() })
    .from(customers)
    .where(inArray(customers.barangayId, barangayIds))
    .groupBy(customers.barangayId);
  return new Map(counted.map((c) => [c.barangayId, c.n]));
}

/** One page of barangays by place, "Barangay 2" before "Barangay 10", each with its number of customers. */
export async function listBarangays(tx: Tx, filters: BarangayListFilters, page: number): Promise<{ rows: BarangayListRow[]; total: number }> {
  const where = conditions(filters);
  const found = await tx
    .select({
      id: barangays.id,
      name: barangays.name,
      city: barangays.city,
      province: barangays.province,
      psgcCode: barangays.psgcCode,
    })
    .from(barangays)
    .where(where)
    .orderBy(
      sql`lower(${barangays.province})`,
      sql`lower(${barangays.city})`,
      sql`substring(lower(${barangays.name}) from '^[^0-9]*')`,
      sql`substring(${barangays.name} from '[0-9]+')::numeric nulls first`,
      sql`lower(${barangays.name})`,
    )
    .limit(BARANGAY_PAGE_SIZE)
    .offset((page - 1) * BARANGAY_PAGE_SIZE);
  const counts = await customerCounts(tx, found.map((b) => b.id));
  const rows = found.map((b) => ({ ...b, customerCount: counts.get(b.id) ?? 0 }));
  const [total] = await tx.select({ n: count() }).from(barangays).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** The provinces and cities in the tenant's list, for the filter menus. */
export async function barangayPlaces(tx: Tx): Promise<{ province: string; city: string }[]> {
  return tx
    .selectDistinct({ province: barangays.province, city: barangays.city })
    .from(barangays)
    .orderBy(barangays.province, barangays.city);
}

export async function getBarangay(tx: Tx, { id }: { id: string }) {
  const [row] = await tx
    .select({
      id: barangays.id,
      name: barangays.name,
      city: barangays.city,
      province: barangays.province,
      psgcCode: barangays.psgcCode,
    })
    .from(barangays)
    .where(eq(barangays.id, id));
  if (!row) return null;
  const counts = await customerCounts(tx, [row.id]);
  return { ...row, customerCount: counts.get(row.id) ?? 0 };
}

/**
 * Barangays an import could collide with: those in the given cities, and those
 * holding any of the given PSGC codes. Callers match exactly (placeKey); this
 * only narrows what is read.
 */
export async function barangaysMatching(tx: Tx, { cities, psgcCodes }: { cities: string[]; psgcCodes: string[] }) {
  const lowerCities = [...new Set(cities.map((c) => c.trim().toLowerCase()))];
  const codes = [...new Set(psgcCodes)];
  const where = or(
    lowerCities.length > 0 ? inArray(sql`lower(${barangays.city})`, lowerCities) : undefined,
    codes.length > 0 ? inArray(barangays.psgcCode, codes) : undefined,
  );
  if (!where) return [];
  return tx
    .select({ name: barangays.name, city: barangays.city, province: barangays.province, psgcCode: barangays.psgcCode })
    .from(barangays)
    .where(where);
}
