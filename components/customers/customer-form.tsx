"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldDescription, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { formatPhMobile, MOBILE_HINT } from "@/lib/customers/mobile";
import { formatBuyerTin } from "@/lib/validations/billing-settings";
import { BarangayCombobox, type BarangayOption } from "./barangay-combobox";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

export type CustomerFormValues = {
  id: string;
  firstName: string;
  lastName: string;
  mobile: string;
  email: string | null;
  addressLine: string;
  barangayId: string;
  latitude: number | null;
  longitude: number | null;
  notes: string;
  /** Digits only, "" when none. */
  tin: string;
};

/** Create or edit a customer. Values typed stay in place when the server answers with errors. */
export function CustomerForm({ action, barangays, customer }: { action: Action; barangays: BarangayOption[]; customer?: CustomerFormValues }) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const brgyErrors = errorsFor("barangayId");
  const notesErrors = errorsFor("notes");
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6" aria-label={customer ? "Edit customer" : "New customer"}>
      <FormMessage state={state} />
      {customer ? <input type="hidden" name="id" value={customer.id} /> : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="firstName" label="First name" defaultValue={customer?.firstName} autoComplete="off" errors={errorsFor("firstName")} />
        <TextField name="lastName" label="Last name" defaultValue={customer?.lastName} autoComplete="off" errors={errorsFor("lastName")} />
        <TextField
          name="mobile"
          label="Mobile"
          type="tel"
          inputMode="tel"
          placeholder="0917 123 4567"
          defaultValue={customer ? formatPhMobile(customer.mobile) : undefined}
          description={MOBILE_HINT}
          errors={errorsFor("mobile")}
        />
        <TextField name="email" label="Email (optional)" type="email" defaultValue={customer?.email ?? undefined} errors={errorsFor("email")} />
        <TextField
          name="tin"
          label="TIN (business customers)"
          inputMode="numeric"
          placeholder="000-000-000"
          autoComplete="off"
          defaultValue={customer?.tin ? formatBuyerTin(customer.tin) : undefined}
          description="Printed on their invoices with their address, as the BIR asks for business buyers. Leave empty for households."
          errors={errorsFor("tin")}
        />
        <div className="sm:col-span-2">
          <TextField name="addressLine" label="Address" placeholder="House no., street, purok" defaultValue={customer?.addressLine} errors={errorsFor("addressLine")} />
        </div>
        <Field data-invalid={Boolean(brgyErrors)} className="sm:col-span-2">
          <FieldLabel htmlFor="field-barangayId">Barangay</FieldLabel>
          <BarangayCombobox options={barangays} defaultValue={customer?.barangayId} invalid={Boolean(brgyErrors)} describedBy={brgyErrors ? "field-barangayId-error" : undefined} />
          <FieldError id="field-barangayId-error" errors={brgyErrors} />
          {barangays.length === 0 ? (
            <FieldDescription>
              Your list of barangays is empty. <Link href="/barangays" className="underline">Add barangays</Link> first.
            </FieldDescription>
          ) : null}
        </Field>
        <TextField name="latitude" label="Latitude (optional)" inputMode="decimal" placeholder="8.4542" defaultValue={customer?.latitude ?? undefined} errors={errorsFor("latitude")} />
        <TextField name="longitude" label="Longitude (optional)" inputMode="decimal" placeholder="124.6319" defaultValue={customer?.longitude ?? undefined} errors={errorsFor("longitude")} />
        <Field data-invalid={Boolean(notesErrors)} className="sm:col-span-2">
          <FieldLabel htmlFor="field-notes">Notes</FieldLabel>
          <Textarea id="field-notes" name="notes" rows={3} defaultValue={customer?.notes} placeholder="Landmarks, preferred time for visits…" />
          <FieldError errors={notesErrors} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : customer ? "Save changes" : "Add customer"}
        </Button>
        <Button asChild variant="outline">
          <Link href={customer ? `/customers/${customer.id}` : "/customers"}>Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
