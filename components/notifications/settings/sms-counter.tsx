import { smsSize } from "@/lib/notify/templates";

/** "2 SMS parts · 187 characters (GSM-7, 153 per part)", with a note when one character makes the text UCS-2. */
export function SmsCounter({ text }: { text: string }) {
  const size = smsSize(text);
  const parts = `${size.segments} SMS ${size.segments === 1 ? "part" : "parts"}`;
  return (
    <div className="flex flex-col gap-1 text-xs" aria-live="polite">
      <p data-testid="sms-counter" className={size.segments > 2 ? "font-medium text-warning-foreground dark:text-warning" : "text-muted-foreground"}>
        {parts} · {size.characters.toLocaleString("en-PH")} characters ({size.encoding}, {size.perSegment} per part)
      </p>
      {size.encoding === "UCS-2" ? (
        <p className="text-warning-foreground dark:text-warning">
          A character outside the basic SMS alphabet (such as ₱, curly quotes or an emoji) makes every part hold only {size.perSegment}. Write “PHP” instead of “₱”.
        </p>
      ) : null}
    </div>
  );
}
