/** What the database says about a new workspace's setup (db/queries/dashboard-onboarding.ts). */
export type OnboardingFacts = {
  /** Settings > Billing has the business name, address and TIN. */
  businessDetails: boolean;
  /** Settings > Billing was saved at least once (cycle, due and grace days, fees). */
  billingSaved: boolean;
  barangays: boolean;
  plans: boolean;
  /** Anyone besides the owner. */
  staff: boolean;
  customers: boolean;
  /** Settings > Notifications: null while never saved (SMS is on by default). */
  smsEnabled: boolean | null;
  /** This server has an SMS provider configured. */
  smsProvider: boolean;
};

export type OnboardingStep = { key: string; title: string; why: string; href: string; done: boolean };

/**
 * The setup checklist, in the order an owner does it. Each step ticks itself
 * off from the data; none is ever ticked by hand.
 */
export function onboardingSteps(f: OnboardingFacts): OnboardingStep[] {
  return [
    {
      key: "business",
      title: "Add your business and BIR details",
      why: "Invoices and official receipts must show your registered name, address and TIN.",
      href: "/settings/billing",
      done: f.businessDetails,
    },
    {
      key: "barangays",
      title: "Import your barangays",
      why: "Every customer's address and every field job is grouped by barangay (PSGC list).",
      href: "/barangays/import",
      done: f.barangays,
    },
    {
      key: "plans",
      title: "Create your plans",
      why: "A plan's monthly fee is what each subscription is billed.",
      href: "/plans/new",
      done: f.plans,
    },
    {
      key: "staff",
      title: "Add your staff",
      why: "Cashiers and technicians sign in with their own accounts, so every change has a name.",
      href: "/settings/staff",
      done: f.staff,
    },
    {
      key: "customers",
      title: "Add or import your customers",
      why: "Bring in your subscriber list (a spreadsheet works) so billing can start.",
      href: "/customers/import",
      done: f.customers,
    },
    {
      key: "billing",
      title: "Set your billing cycle and fees",
      why: "Decides when invoices go out, when they fall due, and the late and reconnection fees.",
      href: "/settings/billing",
      done: f.billingSaved,
    },
    {
      key: "sms",
      title: "Set up SMS",
      why: "Without an SMS provider, reminders and receipts are only logged, never sent to customers.",
      href: "/settings/notifications",
      // Done when texts really go out, or when the owner chose to send none.
      done: (f.smsProvider && f.smsEnabled !== false) || f.smsEnabled === false,
    },
  ];
}

/** The checklist shows until every step is done or the owner dismissed it. */
export function showOnboarding(steps: readonly OnboardingStep[], dismissed: boolean): boolean {
  return !dismissed && steps.some((s) => !s.done);
}
