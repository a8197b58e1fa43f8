import type { ActionResult } from "@/lib/actions/result";

/** The shape of every subscription server action as a client form sees it. */
export type SubscriptionFormAction = (
  prev: ActionResult<{ message: string }> | null,
  formData: FormData,
) => Promise<ActionResult<{ message: string }>>;

/** An active plan offered in a plan picker. */
export type PlanChoice = { id: string; name: string; downloadMbps: number; uploadMbps: number; monthlyFee: number };
