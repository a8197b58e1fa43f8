"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FieldError, FieldLabel } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ActionResult } from "@/lib/actions/result";
import { PERMISSION_GROUPS } from "@/lib/permissions/catalog";
import { DASHBOARD_PATH, LANDING_PAGES } from "@/lib/staff/landing";

type Action = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;

/** Name, description and the permission matrix of one role, grouped by area. */
export function RoleForm({
  action,
  role,
}: {
  action: Action;
  role?: { id: string; name: string; description: string; permissions: string[]; landingPath: string | null };
}) {
  const { state, pending, onSubmit, errorsFor } = useActionForm(action);
  const granted = new Set(role?.permissions ?? []);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6" aria-label={role ? `Edit role ${role.name}` : "New role"}>
      <FormMessage state={state} />
      {role ? <input type="hidden" name="id" value={role.id} /> : null}
      <TextField name="name" label="Role name" defaultValue={role?.name} placeholder="Collector" errors={errorsFor("name")} />
      <Field data-invalid={Boolean(errorsFor("description"))}>
        <FieldLabel htmlFor="field-description">Description</FieldLabel>
        <Textarea
          id="field-description"
          name="description"
          defaultValue={role?.description}
          rows={2}
          placeholder="What people in this role do"
          aria-invalid={Boolean(errorsFor("description")) || undefined}
          aria-describedby={errorsFor("description") ? "field-description-error" : undefined}
        />
        <FieldError id="field-description-error" errors={errorsFor("description")} />
      </Field>
      <fieldset className="flex flex-col gap-2" aria-describedby={errorsFor("permissions") ? "field-permissions-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">Permissions</legend>
        <div className="overflow-hidden rounded-lg border">
          {PERMISSION_GROUPS.map((group) => (
            <div key={group.area} className="grid gap-2 border-b p-4 last:border-b-0 sm:grid-cols-[160px_1fr]">
              <p className="text-sm font-medium text-muted-foreground">{group.area}</p>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {group.permissions.map((p) => (
                  <label key={p.key} className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      name="permissions[]"
                      value={p.key}
                      defaultChecked={granted.has(p.key)}
                      className="size-4 accent-primary"
                    />
                    {p.label}
                  </label>
                ))}
              </div>
            </div>
          ))}
        </div>
        <FieldError id="field-permissions-error" errors={errorsFor("permissions")} />
      </fieldset>
      <SelectField
        name="landingPath"
        label="Landing page"
        description="Where people in this role arrive after signing in. The dashboard stays in their menu."
        defaultValue={role?.landingPath ?? DASHBOARD_PATH}
        options={LANDING_PAGES.map((p) => ({ value: p.path, label: p.label }))}
        errors={errorsFor("landingPath")}
        wrapperClassName="max-w-sm"
      />
      <div className="flex gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : role ? "Save role" : "Create role"}
        </Button>
        <Button asChild variant="outline">
          <Link href="/settings/roles">Cancel</Link>
        </Button>
      </div>
    </form>
  );
}
