/**
 * Outgoing email. Until the notification outbox lands (scheduled-work issue),
 * messages are written to the server log, which is what a self-hosted install
 * without SMTP sees.
 */
export type Mail = { to: string; subject: string; text: string };

export async function sendMail(mail: Mail): Promise<void> {
  console.info(`[mail] to=${mail.to} subject=${JSON.stringify(mail.subject)}\n${mail.text}`);
}
