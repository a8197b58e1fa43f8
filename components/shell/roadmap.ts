/** What each area will hold; shown until the area is built. */
export const ROADMAP = {
  reports: {
    title: "Reports",
    description: "How the business is doing.",
    items: ["Collections and receivables", "Subscriber growth and churn", "Disconnections by barangay"],
  },
} as const;
