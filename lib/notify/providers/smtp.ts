import nodemailer, { type Transporter } from "nodemailer";
import { ProviderError, type Delivery, type EmailMessage, type EmailProvider } from "./types";

export type SmtpOptions = {
  /** smtp://user:password@host:587 or smtps://user:password@host:465 */
  url: string;
  /** The From header, e.g. "JDC Fiber <billing@jdcfiber.ph>". */
  from: string;
};

/** Email over SMTP (nodemailer). The transport is opened on first use and reused. */
export function smtpEmail(options: SmtpOptions): EmailProvider {
  let transport: Transporter | undefined;
  return {
    name: "SMTP",
    async send(message: EmailMessage): Promise<Delivery> {
      transport ??= nodemailer.createTransport(options.url, {
        // Fail within seconds rather than holding a claimed message for minutes.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 20_000,
      });
      try {
        const info = await transport.sendMail({ from: options.from, to: message.to, subject: message.subject, text: message.text });
        return { ref: typeof info.messageId === "string" ? info.messageId : null };
      } catch (error) {
        throw new ProviderError(`SMTP: ${withoutCredentials(error instanceof Error ? error.message : String(error))}`, { cause: error });
      }
    },
  };
}

/** Errors can quote the connection URL; its password never reaches the outbox. */
export function withoutCredentials(text: string): string {
  return text.replace(/(smtps?:\/\/)[^@\s/]+@/gi, "$1***@").slice(0, 300);
}
