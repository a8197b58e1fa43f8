"use client";

import * as React from "react";

import { cn } from "@/lib/utils";

/**
 * A box that scrolls sideways when its content is wider than the screen (a
 * wide table on a phone). While it overflows it is a focusable, named region,
 * so keyboard users can scroll it with the arrow keys (WCAG 2.1.1). The name
 * is `label`, or else the column headings of the table inside it.
 */
function ScrollRegion({ className, label, children, ...props }: React.ComponentProps<"div"> & { label?: string }) {
  const ref = React.useRef<HTMLDivElement>(null);
  const [name, setName] = React.useState<string | null>(null);
  React.useEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => setName(box.scrollWidth > box.clientWidth + 1 ? (label ?? headingsOf(box)) : null);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [label]);
  return (
    <div
      ref={ref}
      className={cn("overflow-x-auto focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring", className)}
      {...(name === null ? {} : { tabIndex: 0, role: "region", "aria-label": name })}
      {...props}
    >
      {children}
    </div>
  );
}

/** "Table: Date, Customer, Amount" from the first row of column headings. */
function headingsOf(box: HTMLElement): string {
  const caption = box.querySelector("caption")?.textContent?.trim();
  if (caption) return caption;
  const heads = [...box.querySelectorAll("thead tr:first-child th")]
    .map((th) => th.textContent?.trim())
    .filter((t): t is string => Boolean(t));
  return heads.length > 0 ? `Table: ${heads.slice(0, 4).join(", ")}${heads.length > 4 ? "…" : ""}` : "Scrollable content";
}

export { ScrollRegion };
