import { ProviderError, type Delivery, type SmsMessage, type SmsProvider } from "./types";

export const SEMAPHORE_URL = "https://api.semaphore.co/api/v4/messages";
export const SMS_TIMEOUT_MS = 15_000;

export type SemaphoreOptions = {
  apiKey: string;
  /** Must be a sender name approved on the account; without one Semaphore uses its default. */
  senderName?: string;
  /** Semaphore's send endpoint, or any service shaped like it (a gateway, a test stub). */
  url?: string;
  timeoutMs?: number;
};

/** Semaphore expects 09XXXXXXXXX or 639XXXXXXXXX; the register keeps E.164 (+639XXXXXXXXX). */
export function semaphoreNumber(mobile: string): string {
  return mobile.trim().replace(/^\+/, "");
}

type SemaphoreMessage = { message_id?: unknown; status?: unknown };

/**
 * SMS through Semaphore's send API: POST apikey, number, message and
 * sendername as a form; a 2xx answer is a list with one record per number.
 * Anything else (another status, a validation object such as
 * {"number": ["The number format is invalid."]}, a record with status
 * "Failed") is a failure whose text the outbox keeps.
 */
export function semaphoreSms(options: SemaphoreOptions): SmsProvider {
  const url = options.url ?? SEMAPHORE_URL;
  const timeoutMs = options.timeoutMs ?? SMS_TIMEOUT_MS;
  const host = safeHost(url);
  return {
    name: "Semaphore",
    async send(message: SmsMessage): Promise<Delivery> {
      const form = new URLSearchParams({ apikey: options.apiKey, number: semaphoreNumber(message.to), message: message.text });
      if (options.senderName) form.set("sendername", options.senderName);
      let response: Response;
      try {
        response = await fetch(url, { method: "POST", body: form, headers: { accept: "application/json" }, signal: AbortSignal.timeout(timeoutMs) });
      } catch (error) {
        const name = (error as { name?: string } | null)?.name;
        if (name === "TimeoutError" || name === "AbortError") throw new ProviderError(`SMS provider (${host}) did not answer within ${Math.round(timeoutMs / 1000)} s`, { cause: error });
        throw new ProviderError(`Could not reach the SMS provider (${host}): ${networkReason(error)}`, { cause: error });
      }
      const text = await response.text().catch(() => "");
      if (!response.ok) throw new ProviderError(`SMS provider answered HTTP ${response.status}${text ? `: ${snippet(text)}` : ""}`);
      const record = firstRecord(text);
      if (!record) throw new ProviderError(`SMS provider refused the message: ${describeRefusal(text)}`);
      const status = typeof record.status === "string" ? record.status : "";
      if (/^(failed|refunded)$/i.test(status)) throw new ProviderError(`SMS provider marked the message ${status}`);
      return { ref: String(record.message_id) };
    },
  };
}

function firstRecord(text: string): SemaphoreMessage | null {
  try {
    const body: unknown = JSON.parse(text);
    const first = Array.isArray(body) ? (body[0] as SemaphoreMessage | undefined) : undefined;
    return first && typeof first === "object" && first.message_id !== undefined && first.message_id !== null ? first : null;
  } catch {
    return null;
  }
}

/** Semaphore's validation answers are {"field": ["message", ...]} or a list of strings. */
function describeRefusal(text: string): string {
  try {
    const body: unknown = JSON.parse(text);
    if (Array.isArray(body) && body.every((v) => typeof v === "string")) return snippet(body.join(" "));
    if (body && typeof body === "object" && !Array.isArray(body)) {
      const parts = Object.entries(body as Record<string, unknown>).map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(" ") : String(v)}`);
      if (parts.length > 0) return snippet(parts.join("; "));
    }
  } catch {
    // not JSON: show it as text
  }
  return text.trim() ? snippet(text) : "an empty answer";
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if (typeof cause?.message === "string") return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 199)}…` : flat;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "invalid URL";
  }
}
