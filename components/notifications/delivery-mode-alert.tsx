import { Info } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";

export type DeliveryMode = { demo: boolean; sms: string | null; email: string | null };

/** Says where messages go on this server: out through a provider, or kept as "logged". */
export function DeliveryModeAlert({ mode }: { mode: DeliveryMode }) {
  let text: string | null = null;
  if (mode.demo) text = "Demo workspace: messages are never sent to anyone. They are kept in the outbox as “logged” so you can see what would go out.";
  else if (!mode.sms && !mode.email) text = "No SMS or email provider is set up on this server yet, so messages are kept in the outbox as “logged” instead of being sent.";
  else if (!mode.sms) text = `Email goes out through ${mode.email}. No SMS provider is set up on this server, so text messages are kept as “logged”.`;
  else if (!mode.email) text = `SMS goes out through ${mode.sms}. No email server is set up, so emails are kept as “logged”.`;
  if (!text) return null;
  return (
    <Alert role="note" className="mb-6">
      <Info />
      <AlertDescription>{text}</AlertDescription>
    </Alert>
  );
}
