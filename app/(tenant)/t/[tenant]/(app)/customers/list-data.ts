import { listCustomers, selectedCustomerFilters } from "@/db/queries/customers";
import type { Tx } from "@/db/types";
import type { CustomerListState } from "@/lib/validations/customer-list";

/**
 * Everything the customer list page reads in its tenant transaction: one page
 * of the view and the names of the barangay and plan it filters by (the
 * filters' full option lists load in the browser afterwards). The benchmark
 * times this same function as the page's bare SQL.
 */
export function customerListData(tx: Tx, state: CustomerListState) {
  return Promise.all([
    listCustomers(tx, {
      q: state.q,
      status: state.status,
      barangayId: state.barangay,
      planId: state.plan,
      balance: state.balance,
      sort: state.sort,
      dir: state.dir,
      page: state.page,
      pageSize: state.size,
      after: state.after,
      before: state.before,
    }),
    selectedCustomerFilters(tx, { barangayId: state.barangay, planId: state.plan }),
  ]);
}
