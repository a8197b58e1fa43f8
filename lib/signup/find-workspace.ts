import { workspacesForEmail } from "@/db/system";
import type { JobsHandle } from "@/db/types";
import { sendMail } from "@/lib/notify/mailer";

/**
 * "Forgot which workspace": mails the sign-in addresses of every workspace
 * where this email has an active account. The caller shows the same answer
 * whether or not any exist, so the form reveals nothing. The look-up searches
 * every tenant's users, so it runs as the job role, never as a request.
 */
export async function mailWorkspaceList(jobs: JobsHandle, email: string, originFor: (slug: string) => string): Promise<number> {
  const workspaces = await workspacesForEmail(jobs, email);
  if (workspaces.length === 0) return 0;
  const lines = workspaces.map((w) => `  ${w.name}: ${originFor(w.slug)}/login`);
  await sendMail({
    to: email,
    subject: "Your FiberBill workspaces",
    text: `You can sign in to these FiberBill workspaces:\n\n${lines.join("\n")}\n\nIf you did not ask for this, you can ignore this email.`,
  });
  return workspaces.length;
}
