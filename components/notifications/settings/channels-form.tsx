"use client";

import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;
type Values = { smsEnabled: boolean; emailEnabled: boolean; reminderDaysBefore: number };

function ChannelToggle({ name, label, description, defaultChecked }: { name: string; label: string; description: string; defaultChecked: boolean }) {
  return (
    <div className="flex flex-col gap-1">
      <label className="flex items-start gap-2 text-sm font-medium">
        <input type="checkbox" name={name} defaultChecked={defaultChecked} aria-describedby={`field-${name}-description`} className="mt-0.5 size-4 shrink-0 accent-primary" />
        {label}
      </label>
      <p id={`field-${name}-description`} className="pl-6 text-sm text-muted-foreground">
        {description}
      </p>
    </div>
  );
}

/** Channels on/off for the whole workspace and how early the due-date reminder goes out. */
export function NotificationChannelsForm({ action, values }: { action: Action; values: Values }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Channels and reminders">
      <Card>
        <CardHeader>
          <CardTitle className="text-base">Channels &amp; reminders</CardTitle>
          <CardDescription>Turn a channel off to stop every message on it; each message below can also be turned off on its own.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 sm:grid-cols-2">
          <ChannelToggle name="smsEnabled" label="Send SMS" description="To the customer's mobile number." defaultChecked={values.smsEnabled} />
          <ChannelToggle name="emailEnabled" label="Send email" description="To customers with an email address, and the daily summary to the owner." defaultChecked={values.emailEnabled} />
          <TextField
            name="reminderDaysBefore"
            label="Reminder (days before the due date)"
            inputMode="numeric"
            defaultValue={String(values.reminderDaysBefore)}
            description="0 to 30. Unpaid bills get a second reminder on the due date itself."
            errors={errorsFor("reminderDaysBefore")}
          />
          <div className="flex flex-col gap-3 sm:col-span-2">
            <FormMessage state={state} />
            <Button type="submit" disabled={pending} className="self-start">
              {pending ? "Saving…" : "Save channels"}
            </Button>
          </div>
        </CardContent>
      </Card>
    </form>
  );
}
