/** What each area will hold; shown until the area is built. */
export const ROADMAP = {
  customers: {
    title: "Customers",
    description: "Subscribers, barangays, plans and subscriptions.",
    items: ["Customer register with search and filters", "Barangays imported from the PSGC", "Plans and subscriptions", "CSV import and export"],
  },
  billing: {
    title: "Billing",
    description: "Invoices, billing runs and statements.",
    items: ["Monthly billing runs with proration", "VAT and non-VAT invoices as PDF", "Adjustments and statements of account"],
  },
  payments: {
    title: "Payments",
    description: "Collections at the counter and online.",
    items: ["Cashier screen for cash, GCash, Maya and bank", "Payment receipts", "End-of-day collection reports"],
  },
  network: {
    title: "Network",
    description: "Your fiber plant on a map.",
    items: ["LCP cabinets, NAP boxes and ports", "Router stock", "Installations and work orders"],
  },
  tickets: {
    title: "Tickets",
    description: "Support requests from subscribers.",
    items: ["Tickets with priorities and assignees", "Repair visits for technicians"],
  },
  reports: {
    title: "Reports",
    description: "How the business is doing.",
    items: ["Collections and receivables", "Subscriber growth and churn", "Disconnections by barangay"],
  },
} as const;
