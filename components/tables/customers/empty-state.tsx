import { Users } from "lucide-react";

export function CustomersEmptyState({ filtered }: { filtered: boolean }) {
  return (
    <div className="flex flex-col items-center gap-2 py-12 text-center">
      <Users className="size-8 text-muted-foreground" aria-hidden />
      <p className="font-medium">{filtered ? "No customers match this view." : "No customers yet."}</p>
      <p className="text-sm text-muted-foreground">
        {filtered ? "Try another search or clear the filters." : "Add your first customer, or import them from a spreadsheet."}
      </p>
    </div>
  );
}
