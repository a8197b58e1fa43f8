import { formatTin } from "@/lib/validations/billing-settings";

type Seller = { businessName: string; address: string; tin: string; branchCode: string; taxMode: string } | null;

/**
 * Who issues the invoice, as the BIR asks it shown: registered name,
 * address, TIN with branch code, and VAT registration. Before Settings >
 * Billing is saved it falls back to the tenant's name and the invoice's own tax mode.
 */
export function SellerHeader({ seller, fallbackName, taxMode }: { seller: Seller; fallbackName: string; taxMode: string }) {
  const vatRegistered = (seller?.taxMode ?? taxMode) !== "none";
  return (
    <div className="flex flex-col gap-1 border-b pb-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <div className="text-lg font-semibold">{seller?.businessName || fallbackName}</div>
          {seller?.address ? <div className="text-sm text-muted-foreground">{seller.address}</div> : null}
          {seller?.tin ? (
            <div className="text-sm">
              TIN {formatTin(seller.tin, seller.branchCode)}
            </div>
          ) : null}
        </div>
        <div className="text-right">
          <div className="text-xs font-semibold tracking-wide uppercase">Invoice</div>
          <div className="text-xs font-medium">{vatRegistered ? "VAT-registered" : "NON-VAT REGISTERED"}</div>
        </div>
      </div>
      {!vatRegistered ? <p className="text-xs text-muted-foreground">THIS DOCUMENT IS NOT VALID FOR CLAIM OF INPUT TAX</p> : null}
    </div>
  );
}
