import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { templateLabel } from "@/lib/notify/template-label";
import { formatDateTime } from "@/lib/time/format";

type Message = { id: string; channel: "sms" | "email"; templateKey: string; body: string; status: string; createdAt: Date | string; sentAt: Date | string | null };

/** What the customer was told, newest first, with a link to the whole outbox. */
export function CustomerMessagesCard({ messages, timeZone, accountNo }: { messages: Message[]; timeZone: string; accountNo: string }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Messages</CardTitle>
        <CardDescription>
          Reminders, notices and receipts sent to this customer.{" "}
          <Link href={`/notifications?q=${encodeURIComponent(accountNo)}`} className="underline underline-offset-4">
            All messages
          </Link>
        </CardDescription>
      </CardHeader>
      <CardContent>
        {messages.length === 0 ? (
          <p className="text-sm text-muted-foreground">None yet.</p>
        ) : (
          <ol className="flex flex-col gap-3" aria-label="Messages to this customer">
            {messages.map((m) => (
              <li key={m.id} className="flex flex-col gap-1 border-l-2 pl-3 text-sm">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{templateLabel(m.templateKey)}</span>
                  <Badge variant="outline">{m.channel === "sms" ? "SMS" : "Email"}</Badge>
                  <Badge variant={m.status === "failed" ? "destructive" : "secondary"}>{m.status}</Badge>
                  <span className="text-xs text-muted-foreground">{formatDateTime(m.sentAt ?? m.createdAt, timeZone)}</span>
                </div>
                <p className="text-muted-foreground">{m.body}</p>
              </li>
            ))}
          </ol>
        )}
      </CardContent>
    </Card>
  );
}
