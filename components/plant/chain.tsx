import { ChevronRight } from "lucide-react";
import Link from "next/link";

export type ChainLink = { label: string; href?: string; hint?: string };

/** OLT · PON → LCP → NAP → port → device: where a box or a line hangs in the plant. */
export function PlantChain({ links }: { links: ChainLink[] }) {
  return (
    <ol className="flex flex-wrap items-center gap-1 text-sm" aria-label="Plant chain">
      {links.map((l, i) => (
        <li key={`${l.label}-${i}`} className="flex items-center gap-1">
          {i > 0 ? <ChevronRight className="size-4 text-muted-foreground" aria-hidden /> : null}
          <span className="rounded-md border px-2 py-1">
            {l.href ? (
              <Link href={l.href} className="font-medium underline-offset-2 hover:underline">
                {l.label}
              </Link>
            ) : (
              <span className="font-medium">{l.label}</span>
            )}
            {l.hint ? <span className="ml-1 text-xs text-muted-foreground">{l.hint}</span> : null}
          </span>
        </li>
      ))}
    </ol>
  );
}
