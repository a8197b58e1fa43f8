/** Splits an amount over invoices in order; what is left over stays as the customer's credit. */
export function allocate(amount: number, open: { id: string; balance: number }[]): { allocations: { invoiceId: string; amount: number }[]; credit: number } {
  let left = amount;
  const allocations: { invoiceId: string; amount: number }[] = [];
  for (const inv of open) {
    if (left <= 0) break;
    const take = Math.min(left, inv.balance);
    if (take > 0) allocations.push({ invoiceId: inv.id, amount: take });
    left -= take;
  }
  return { allocations, credit: left };
}
