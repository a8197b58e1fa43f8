/** What a channel adapter is handed and gives back; the sender knows nothing else about providers. */
export type SmsMessage = { to: string; text: string };
export type EmailMessage = { to: string; subject: string; text: string };
/** The provider's id for the message, kept as the outbox row's provider_ref. */
export type Delivery = { ref: string | null };

export type SmsProvider = { readonly name: string; send: (message: SmsMessage) => Promise<Delivery> };
export type EmailProvider = { readonly name: string; send: (message: EmailMessage) => Promise<Delivery> };

/** A channel without a provider keeps its messages as "logged" instead of sending them. */
export type Providers = { sms: SmsProvider | null; email: EmailProvider | null };

/**
 * A delivery that did not happen. The message is what the outbox shows as the
 * last error, so it says what went wrong without secrets (no API key, no
 * SMTP password).
 */
export class ProviderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "ProviderError";
  }
}
