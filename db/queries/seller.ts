import { billingSettings } from "../schema";
import type { Tx } from "../types";

/** What documents print before Settings > Billing is first saved: the column defaults. */
const UNSET_SELLER = { businessName: "", address: "", tin: "", branchCode: "0000", taxMode: "none", logoDataUrl: null } as const;

/**
 * The seller as printed on invoices, receipts and statements (Settings > Billing).
 * One read for every document, on screen and in PDF; the defaults when the settings were never saved.
 */
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
  return row ?? UNSET_SELLER;
}

export type SellerDetails = Awaited<ReturnType<typeof sellerDetails>>;
