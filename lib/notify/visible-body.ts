import { PASSWORD_RESET_TEMPLATE } from "./account-alert-template";

/**
 * A message's text as the outbox page shows it to staff. A password reset
 * email carries a link that sets the account's password: anyone who may read
 * the outbox (a cashier, support) could otherwise take over the account of
 * whoever asked for one, the owner's included.
 */
export function visibleBody(templateKey: string, body: string): string {
  if (templateKey === PASSWORD_RESET_TEMPLATE.key) return "Password reset link for this staff member (the link is not shown here).";
  return body;
}
