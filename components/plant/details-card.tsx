import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";

/** The Details card of an OLT, LCP or NAP page: labelled facts in two columns, then the notes. */
export function PlantDetails({ items, notes }: { items: { label: string; value: ReactNode }[]; notes: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Details</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          {items.map((item) => (
            <div key={item.label}>
              <dt className="text-muted-foreground">{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
          {notes ? (
            <div className="sm:col-span-2">
              <dt className="text-muted-foreground">Notes</dt>
              <dd className="whitespace-pre-line">{notes}</dd>
            </div>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
