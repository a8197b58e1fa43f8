"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";
import type { ActionResult } from "@/lib/actions/result";

type Action = (prev: ActionResult<{ message: string }> | null, formData: FormData) => Promise<ActionResult<{ message: string }>>;

type Member = { id: string; name: string; active: boolean; roleId: string | null };

const noAction: Action = async () => ({ ok: false, error: "Not available.", fieldErrors: {} });

/** Change role and (de)activate, each its own small form, with the outcome shown beside it. */
export function StaffRowActions({
  member,
  roles,
  changeRole,
  setActive,
  resetPassword,
}: {
  member: Member;
  roles: { id: string; name: string }[];
  changeRole: Action;
  setActive: Action;
  /** The owner's "Reset password"; absent for everyone else. */
  resetPassword?: Action;
}) {
  const role = useActionForm(changeRole);
  const activation = useActionForm(setActive);
  const reset = useActionForm(resetPassword ?? noAction);
  const outcome = [reset.state, role.state, activation.state].find((s) => s !== null);
  const message = outcome ? (outcome.ok ? outcome.data.message : outcome.error) : null;
  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex flex-wrap items-center justify-end gap-2">
        <form onSubmit={role.onSubmit} className="flex items-center gap-2" aria-label={`Change role of ${member.name}`}>
          <input type="hidden" name="id" value={member.id} />
          <NativeSelect name="roleId" defaultValue={member.roleId ?? ""} aria-label={`Role of ${member.name}`} className="h-8 w-36">
            {roles.map((r) => (
              <NativeSelectOption key={r.id} value={r.id}>
                {r.name}
              </NativeSelectOption>
            ))}
          </NativeSelect>
          <Button type="submit" size="sm" variant="outline" disabled={role.pending}>
            Save
          </Button>
        </form>
        <form
          onSubmit={(e) => {
            if (member.active && !window.confirm(`Deactivate ${member.name}? They are signed out at their next click.`)) {
              return e.preventDefault();
            }
            activation.onSubmit(e);
          }}
        >
          <input type="hidden" name="id" value={member.id} />
          <input type="hidden" name="active" value={member.active ? "false" : "true"} />
          <Button type="submit" size="sm" variant={member.active ? "destructive" : "secondary"} disabled={activation.pending}>
            {member.active ? "Deactivate" : "Reactivate"}
          </Button>
        </form>
        {resetPassword && member.active ? (
          <form
            onSubmit={(e) => {
              if (!window.confirm(`Reset ${member.name}'s password? They are signed out, and must sign in with a temporary password you give them.`)) {
                return e.preventDefault();
              }
              reset.onSubmit(e);
            }}
          >
            <input type="hidden" name="id" value={member.id} />
            <Button type="submit" size="sm" variant="outline" disabled={reset.pending}>
              Reset password
            </Button>
          </form>
        ) : null}
      </div>
      {message ? (
        <p role={outcome?.ok ? "status" : "alert"} className={`w-64 max-w-full text-xs whitespace-normal break-words sm:w-auto sm:max-w-sm ${outcome?.ok ? "text-muted-foreground" : "text-destructive"}`}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
