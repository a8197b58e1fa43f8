/** What each area will hold; shown until the area is built. */
export const ROADMAP = {
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
