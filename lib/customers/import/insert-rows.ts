import { sql } from "drizzle-orm";
import type { Tx } from "@/db/types";
import type { CustomerStatus } from "@/db/schema/subscribers";
import type { SubscriptionEventRow, SubscriptionRow } from "./subscription-rows";

/**
 * The import's writes, set-based: each chunk of rows travels as ONE bound
 * JSON parameter and is unpacked by jsonb_to_recordset, so a statement costs
 * the same to build and bind at 10 rows or 2,000 (drizzle's multi-row VALUES
 * binds one parameter per cell: 13 x 1,000 per chunk, measurably slower on
 * PostgreSQL). Columns are named, and every value is a parameter.
 */
export type CustomerRow = {
  id: string;
  accountNo: string;
  firstName: string;
  lastName: string;
  mobile: string;
  email: string | null;
  addressLine: string;
  barangayId: string;
  latitude: number | null;
  longitude: number | null;
  notes: string;
  status: CustomerStatus;
};

/** Rows per statement: about 1 MB of JSON for customers. */
export const CHUNK = 2500;

export async function inChunks<T>(rows: readonly T[], write: (chunk: readonly T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/** Customers and their first status-history row in one statement: the history is written from what the insert returns. */
export function insertCustomers(tx: Tx, tenantId: string, rows: readonly CustomerRow[], history: { reason: string; date: string; userId: string | null }) {
  return tx.execute(sql`
    with input as (
      select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
        id uuid, "accountNo" text, "firstName" text, "lastName" text, mobile text, email text, "addressLine" text,
        "barangayId" uuid, latitude numeric, longitude numeric, notes text, status text)
    ), inserted as (
      insert into customers (tenant_id, id, account_no, first_name, last_name, mobile, email, address_line, barangay_id, latitude, longitude, notes, status)
      select ${tenantId}::uuid, id, "accountNo", "firstName", "lastName", mobile, email, "addressLine", "barangayId", latitude, longitude, notes, status
      from input
      returning id, status
    )
    insert into customer_status_history (tenant_id, customer_id, from_status, to_status, reason, effective_date, changed_by)
    select ${tenantId}::uuid, id, null, status, ${history.reason}, ${history.date}::date, ${history.userId}::uuid from inserted`);
}

export function insertSubscriptions(tx: Tx, tenantId: string, rows: readonly SubscriptionRow[]) {
  return tx.execute(sql`
    insert into subscriptions (tenant_id, id, customer_id, plan_id, status, start_date, activated_on, cancelled_on, cancel_reason, billed_elsewhere_until)
    select ${tenantId}::uuid, id, "customerId", "planId", status, "startDate", "activatedOn", "cancelledOn", "cancelReason", "billedElsewhereUntil"
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
      id uuid, "customerId" uuid, "planId" uuid, status text, "startDate" date, "activatedOn" date, "cancelledOn" date, "cancelReason" text,
      "billedElsewhereUntil" date)`);
}

export function insertSubscriptionEvents(tx: Tx, tenantId: string, rows: readonly SubscriptionEventRow[], userId: string | null) {
  return tx.execute(sql`
    insert into subscription_events (tenant_id, subscription_id, kind, effective_date, from_status, to_status, to_plan_id, reason, changed_by)
    select ${tenantId}::uuid, "subscriptionId", kind, "effectiveDate", "fromStatus", "toStatus", "toPlanId", coalesce(reason, ''), ${userId}::uuid
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(
      "subscriptionId" uuid, kind text, "effectiveDate" date, "fromStatus" text, "toStatus" text, "toPlanId" uuid, reason text)`);
}
