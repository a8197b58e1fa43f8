import { Construction } from "lucide-react";
import { Card, CardContent } from "@/components/ui/card";
import { PageHeader } from "./page-header";

/** An area whose features are on the roadmap: says what is coming instead of an empty page. */
export function ComingSoon({ title, description, items }: { title: string; description: string; items: readonly string[] }) {
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <CardContent className="flex flex-col gap-4 sm:flex-row">
          <Construction className="size-8 shrink-0 text-muted-foreground" aria-hidden />
          <div>
            <p className="font-medium">This area is being built.</p>
            <ul className="mt-2 list-disc pl-5 text-sm text-muted-foreground">
              {items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          </div>
        </CardContent>
      </Card>
    </>
  );
}
