import { TEMPLATE_DEFINITIONS } from "./templates";

/** A message's template as people read it ("Due-date reminder"); unknown keys as they are. */
export function templateLabel(key: string): string {
  return TEMPLATE_DEFINITIONS.find((t) => t.key === key)?.label ?? key;
}
