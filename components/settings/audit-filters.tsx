import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect, NativeSelectOption } from "@/components/ui/native-select";

type Options = { actions: { value: string; label: string }[]; entityTypes: string[]; users: { id: string; name: string }[] };
type Values = { user?: string; entity?: string; action?: string; from?: string; to?: string };

/** A plain GET form: the filters live in the URL, so a filtered view can be bookmarked. */
export function AuditFilters({ options, values }: { options: Options; values: Values }) {
  return (
    <form method="get" className="mb-4 grid gap-3 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" aria-label="Filter audit log">
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-user">User</Label>
        <NativeSelect id="f-user" name="user" defaultValue={values.user ?? ""}>
          <NativeSelectOption value="">Anyone</NativeSelectOption>
          {options.users.map((u) => (
            <NativeSelectOption key={u.id} value={u.id}>
              {u.name}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-entity">Record type</Label>
        <NativeSelect id="f-entity" name="entity" defaultValue={values.entity ?? ""}>
          <NativeSelectOption value="">All</NativeSelectOption>
          {options.entityTypes.map((e) => (
            <NativeSelectOption key={e} value={e}>
              {e.charAt(0).toUpperCase() + e.slice(1).replace(/_/g, " ")}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-action">Action</Label>
        <NativeSelect id="f-action" name="action" defaultValue={values.action ?? ""}>
          <NativeSelectOption value="">All</NativeSelectOption>
          {options.actions.map((a) => (
            <NativeSelectOption key={a.value} value={a.value}>
              {a.label}
            </NativeSelectOption>
          ))}
        </NativeSelect>
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-from">From</Label>
        <Input id="f-from" name="from" type="date" defaultValue={values.from} />
      </div>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="f-to">To</Label>
        <Input id="f-to" name="to" type="date" defaultValue={values.to} />
      </div>
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Button asChild variant="ghost">
          <a href="?">Clear</a>
        </Button>
      </div>
    </form>
  );
}
