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
