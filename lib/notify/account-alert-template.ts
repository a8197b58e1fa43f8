/**
 * Security notices to a staff member about their own account. Unlike the
 * messages in templates.ts they are not the tenant's to reword or switch off
 * (an owner under attack must hear of it even if the ISP turned its billing
 * emails off), and they go by email only: staff have no mobile on file. Like
 * every message they go through the outbox: without SMTP they are kept as
 * "logged", and the demo ISP never sends.
 */
export const SIGN_IN_FAILURES_TEMPLATE = {
  key: "sign_in_failures",
  label: "Failed sign-ins (staff)",
  subject: "{tenant_name}: failed sign-ins to your account",
  body:
    "Hi {name}, someone tried to sign in to your {tenant_name} account on FiberBill ({email}) with a wrong password {count} times within the hour, " +
    "last at {time} from IP address {ip}. The password was not accepted, and sign-ins from a device you have used before are not slowed down. " +
    "If this was not you and you think someone knows your password, tell your administrator.",
} as const;

/**
 * The "forgot password" email. Its link signs no one in by itself, but it
 * lets whoever holds it choose the account's password for 30 minutes: the
 * outbox page does not show its body (lib/notify/visible-body.ts).
 */
export const PASSWORD_RESET_TEMPLATE = {
  key: "password_reset",
  label: "Password reset link (staff)",
  subject: "{tenant_name}: reset your password",
  body:
    "Hi {name}, someone (we hope you) asked to reset the password of your {tenant_name} account on FiberBill ({email}). " +
    "Open this link within 30 minutes to choose a new password: {link} . The link works once. " +
    "If you did not ask for this, ignore this email: your password stays as it is.",
} as const;
