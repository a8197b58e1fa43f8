import { billingSettings } from "../schema";
import type { Tx } from "../types";

/** The seller as printed on documents (Settings > Billing), or null before it is set up. */
export async function sellerDetails(tx: Tx) {
  const [row] = await tx
    .select({
      businessName: billingSettings.businessName,
      address: billingSettings.address,
      tin: billingSettings.tin,
      branchCode: billingSettings.branchCode,
      taxMode: billingSettings.taxMode,
      logoDataUrl: billingSettings.logoDataUrl,
    })
    .from(billingSettings);
  return row ?? null;
}
