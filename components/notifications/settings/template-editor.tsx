"use client";

import { RotateCcw, TriangleAlert } from "lucide-react";
import { useRef, useState } from "react";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { TemplateKey } from "@/db/schema/notifications";
import type { ActionResult } from "@/lib/actions/result";
import { unknownPlaceholdersFor } from "@/lib/notify/placeholders";
import { renderTemplate } from "@/lib/notify/templates";
import { SmsCounter } from "./sms-counter";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;
type Wording = { subject: string; body: string };

export type TemplateEditorProps = {
  templateKey: TemplateKey;
  label: string;
  when: string;
  values: Wording & { smsEnabled: boolean; emailEnabled: boolean };
  defaults: Wording;
  placeholders: { name: string; label: string }[];
  samples: Record<string, string | number>;
  action: Action;
};

/**
 * One message's wording with a live preview: the text as a customer would get
 * it (sample values filled in), its SMS length and parts, and a warning for
 * placeholders the message cannot fill. "Reset to default" puts FiberBill's
 * wording back into the fields; saving keeps it.
 */
export function TemplateEditor({ templateKey, label, when, values, defaults, placeholders, samples, action }: TemplateEditorProps) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const [subject, setSubject] = useState(values.subject);
  const [body, setBody] = useState(values.body);
  const [note, setNote] = useState<string | null>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const unknown = unknownPlaceholdersFor(templateKey, `${subject} ${body}`);
  const preview = { subject: renderTemplate(subject, samples), body: renderTemplate(body, samples) };
  const isDefault = subject === defaults.subject && body === defaults.body;
  const bodyErrors = errorsFor("body");

  // Puts a placeholder where the cursor is in the message text.
  const insert = (name: string) => {
    const el = bodyRef.current;
    const token = `{${name}}`;
    // The field's own value: the cursor indexes into what is on screen, even
    // when a render with the latest keystroke has not happened yet.
    const current = el?.value ?? body;
    const start = el?.selectionStart ?? current.length;
    const end = el?.selectionEnd ?? current.length;
    setBody(current.slice(0, start) + token + current.slice(end));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={`Message: ${label}`} className="flex min-w-0 flex-col gap-6">
      <input type="hidden" name="key" value={templateKey} />
      <Card>
        <CardHeader>
          <CardTitle className="text-base">{label}</CardTitle>
          <CardDescription>{when}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-5">
          <div className="flex flex-wrap gap-x-6 gap-y-2">
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" name="smsEnabled" defaultChecked={values.smsEnabled} className="size-4 accent-primary" />
              Send by SMS
            </label>
            <label className="flex items-center gap-2 text-sm font-medium">
              <input type="checkbox" name="emailEnabled" defaultChecked={values.emailEnabled} className="size-4 accent-primary" />
              Send by email
            </label>
          </div>
          <TextField name="subject" label="Email subject" value={subject} onChange={(e) => setSubject(e.target.value)} errors={errorsFor("subject")} maxLength={150} />
          <Field data-invalid={Boolean(bodyErrors)}>
            <FieldLabel htmlFor="field-body">Message text</FieldLabel>
            <Textarea
              ref={bodyRef}
              id="field-body"
              name="body"
              rows={5}
              value={body}
              onChange={(e) => setBody(e.target.value)}
              aria-invalid={Boolean(bodyErrors) || undefined}
              aria-describedby={bodyErrors ? "field-body-error" : "field-body-description"}
            />
            {!bodyErrors ? <FieldDescription id="field-body-description">The SMS, and the body of the email. Click a placeholder to insert it.</FieldDescription> : null}
            <FieldError id="field-body-error" errors={bodyErrors} />
          </Field>
          <div className="flex flex-wrap gap-1.5" role="group" aria-label="Placeholders">
            {placeholders.map((p) => (
              <Button key={p.name} type="button" variant="outline" size="sm" className="h-7 font-mono text-xs" title={p.label} onClick={() => insert(p.name)}>
                {`{${p.name}}`}
              </Button>
            ))}
          </div>
          {unknown.length > 0 ? (
            <Alert variant="destructive" role="status">
              <TriangleAlert />
              <AlertDescription>
                {unknown.map((n) => `{${n}}`).join(", ")} {unknown.length === 1 ? "is not a placeholder" : "are not placeholders"} this message can fill; it would be sent exactly as typed.
              </AlertDescription>
            </Alert>
          ) : null}
        </CardContent>
      </Card>

      <Card aria-labelledby="preview-title" role="region">
        <CardHeader>
          <CardTitle id="preview-title" className="text-base">
            Preview
          </CardTitle>
          <CardDescription>With sample values; real names and amounts change the length a little.</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-5 md:grid-cols-2">
          <div className="flex min-w-0 flex-col gap-2">
            <p className="text-sm font-medium">SMS</p>
            <p data-testid="sms-preview" className="rounded-2xl rounded-bl-sm bg-muted px-3 py-2 text-sm break-words whitespace-pre-wrap">
              {preview.body || "—"}
            </p>
            <SmsCounter text={preview.body} />
          </div>
          <div className="flex min-w-0 flex-col gap-2">
            <p className="text-sm font-medium">Email</p>
            <div className="rounded-lg border text-sm">
              <p data-testid="email-subject-preview" className="border-b px-3 py-2 font-medium break-words">
                {preview.subject || "—"}
              </p>
              <p className="px-3 py-2 break-words whitespace-pre-wrap">{preview.body || "—"}</p>
            </div>
          </div>
        </CardContent>
      </Card>

      <div className="flex flex-col gap-3">
        <FormMessage state={state} />
        {note ? (
          <p className="text-sm text-muted-foreground" role="status">
            {note}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Save message"}
          </Button>
          <Button
            type="button"
            variant="outline"
            disabled={isDefault}
            onClick={() => {
              setSubject(defaults.subject);
              setBody(defaults.body);
              setNote("FiberBill's wording is back in the fields. Save to keep it.");
            }}
          >
            <RotateCcw /> Reset to default
          </Button>
        </div>
      </div>
    </form>
  );
}
