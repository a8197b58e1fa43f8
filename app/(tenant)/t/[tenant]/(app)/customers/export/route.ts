import type { NextRequest } from "next/server";
import { headers } from "next/headers";
import { getConnection } from "@/db/client";
import { getSessionState } from "@/lib/auth/current";
import { exportCustomers } from "@/lib/customers/export";
import { requestInfo } from "@/lib/request-info";

/** GET /customers/export?<the list's filters>: the filtered view as CSV (lib/customers/export.ts). */
export async function GET(request: NextRequest) {
  const [{ app }, session, h] = await Promise.all([getConnection(), getSessionState(), headers()]);
  return exportCustomers({ db: app, session, info: requestInfo(h) }, request.nextUrl.searchParams);
}
