import Link from "next/link";
import type { SentencePart } from "@/lib/audit/sentence";

/** An audit row's sentence, with the records it names as links to their pages. */
export function AuditSentence({ parts }: { parts: readonly SentencePart[] }) {
  return (
    <p className="text-sm leading-relaxed">
      {parts.map((p, i) =>
        p.href ? (
          <Link key={i} href={p.href} className="font-medium text-primary underline-offset-4 hover:underline">
            {p.text}
          </Link>
        ) : i === 0 ? (
          <strong key={i} className="font-semibold">
            {p.text}
          </strong>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}
