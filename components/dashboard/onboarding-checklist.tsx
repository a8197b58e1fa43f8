import { CircleCheck, Circle } from "lucide-react";
import Link from "next/link";
import { Card, CardAction, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";
import type { OnboardingStep } from "@/lib/onboarding/steps";
import { DismissOnboardingForm } from "./dismiss-onboarding-form";

type Action = (prev: ActionResult<{ dismissed: boolean }> | null, formData: FormData) => Promise<ActionResult<{ dismissed: boolean }>>;

/** The new workspace's setup steps, each ticked off by the data and linking to where it is done. */
export function OnboardingChecklist({ steps, dismiss }: { steps: readonly OnboardingStep[]; dismiss: Action }) {
  const done = steps.filter((s) => s.done).length;
  return (
    <Card className="mb-6" aria-labelledby="onboarding-title" role="region">
      <CardHeader>
        <CardTitle id="onboarding-title" className="text-lg">
          Set up your workspace
        </CardTitle>
        <CardDescription>
          {done} of {steps.length} done. Each step ticks itself off when it is done.
        </CardDescription>
        <CardAction>
          <DismissOnboardingForm action={dismiss} />
        </CardAction>
      </CardHeader>
      <CardContent>
        <ol className="grid gap-x-6 gap-y-1 md:grid-cols-2">
          {steps.map((s) => (
            <li key={s.key} data-testid={`onboarding-${s.key}`} data-done={s.done}>
              <Link href={s.href} className="group flex gap-3 rounded-md p-2 hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring">
                {s.done ? (
                  <CircleCheck className="mt-0.5 size-5 shrink-0 text-success" aria-hidden />
                ) : (
                  <Circle className="mt-0.5 size-5 shrink-0 text-muted-foreground" aria-hidden />
                )}
                <span className="flex flex-col">
                  <span className={s.done ? "font-medium text-muted-foreground line-through" : "font-medium group-hover:underline"}>
                    {s.title}
                    <span className="sr-only">{s.done ? " (done)" : " (to do)"}</span>
                  </span>
                  <span className="text-sm text-muted-foreground">{s.why}</span>
                </span>
              </Link>
            </li>
          ))}
        </ol>
      </CardContent>
    </Card>
  );
}
