import { PASSWORD_RESET_TEMPLATE, SIGN_IN_FAILURES_TEMPLATE } from "./account-alert-template";
import { TEMPLATE_DEFINITIONS } from "./templates";

/** A message's template as people read it ("Due-date reminder"); unknown keys as they are. */
export function templateLabel(key: string): string {
  if (key === SIGN_IN_FAILURES_TEMPLATE.key) return SIGN_IN_FAILURES_TEMPLATE.label;
  if (key === PASSWORD_RESET_TEMPLATE.key) return PASSWORD_RESET_TEMPLATE.label;
  return TEMPLATE_DEFINITIONS.find((t) => t.key === key)?.label ?? key;
}
