import { Mail, MessageSquare } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { TemplateKey } from "@/db/schema/notifications";
import { cn } from "@/lib/utils";

export type TemplateListItem = { key: TemplateKey; label: string; custom: boolean; smsEnabled: boolean; emailEnabled: boolean };

/** The messages FiberBill sends; the chosen one is edited beside the list (kept in the URL). */
export function TemplateList({ items, current }: { items: TemplateListItem[]; current: TemplateKey }) {
  return (
    <nav aria-label="Messages">
      <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-1">
        {items.map((t) => {
          const active = t.key === current;
          return (
            <li key={t.key}>
              <Link
                href={`?message=${t.key}`}
                scroll={false}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "flex items-center justify-between gap-2 rounded-md px-3 py-2 text-sm transition-colors hover:bg-muted",
                  active && "bg-muted font-medium text-foreground",
                )}
              >
                <span className="min-w-0 truncate">{t.label}</span>
                <span className="flex shrink-0 items-center gap-1.5 text-muted-foreground">
                  {t.custom ? <Badge variant="secondary">Edited</Badge> : null}
                  <MessageSquare className={cn("size-3.5", !t.smsEnabled && "opacity-25")} aria-label={t.smsEnabled ? "SMS on" : "SMS off"} />
                  <Mail className={cn("size-3.5", !t.emailEnabled && "opacity-25")} aria-label={t.emailEnabled ? "Email on" : "Email off"} />
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
