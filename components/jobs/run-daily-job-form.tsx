"use client";

import { Play, TriangleAlert } from "lucide-react";
import { FormMessage } from "@/components/forms/form-message";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionResult } from "@/lib/actions/result";
import { DayTotals } from "./day-totals";
import { StepResults, type StepInfo } from "./step-results";

export type DailyRunResult = { runId: string; runDate: string; summary: Record<string, Record<string, number>>; message: string };
type Action = (prev: ActionResult<DailyRunResult> | null, formData: FormData) => Promise<ActionResult<DailyRunResult>>;

/** "Run now": every step of the daily job for one date, then what each step did. */
export function RunDailyJobForm({ action, today, todayText, steps }: { action: Action; today: string; todayText: string; steps: StepInfo[] }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const dateErrors = errorsFor("runDate");
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4" aria-label="Run the daily job">
      <Alert>
        <TriangleAlert />
        <AlertTitle>This is the real thing</AlertTitle>
        <AlertDescription>
          It bills, marks invoices overdue, charges late fees, queues messages to customers and suspends unpaid lines as of the date you pick. Running a date again adds nothing new.
        </AlertDescription>
      </Alert>
      <Field data-invalid={Boolean(dateErrors)} className="sm:max-w-md">
        <FieldLabel htmlFor="run-date">Run for</FieldLabel>
        <div className="flex flex-col gap-2 sm:flex-row">
          <Input
            id="run-date"
            name="runDate"
            type="date"
            defaultValue={today}
            required
            className="sm:w-48"
            aria-invalid={dateErrors ? true : undefined}
            aria-describedby={dateErrors ? "run-date-error" : "run-date-description"}
          />
          <Button type="submit" disabled={pending}>
            <Play /> {pending ? "Running…" : "Run the daily job"}
          </Button>
        </div>
        {dateErrors ? <FieldError id="run-date-error" errors={dateErrors} /> : <FieldDescription id="run-date-description">Today is {todayText}.</FieldDescription>}
      </Field>
      <FormMessage state={state} />
      {state?.ok ? <StepResults steps={steps} summary={state.data.summary} label="What each step did" /> : null}
      {state?.ok && state.data.summary.day ? <DayTotals counts={state.data.summary.day} /> : null}
    </form>
  );
}
