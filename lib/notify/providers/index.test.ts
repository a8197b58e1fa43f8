import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { providersFromEnv } from "./index";
import { withoutCredentials } from "./smtp";

describe("providersFromEnv", () => {
  it("has no provider when nothing is configured: messages are logged", () => {
    expect(providersFromEnv(parseEnv({}))).toEqual({ sms: null, email: null });
  });
  it("sends SMS through Semaphore with an API key, and email over SMTP with a URL and a From address", () => {
    const providers = providersFromEnv(
      parseEnv({ SEMAPHORE_API_KEY: "k", SEMAPHORE_SENDER_NAME: "JDCFIBER", SMTP_URL: "smtps://billing:pw@smtp.example.ph:465", MAIL_FROM: "JDC Fiber <billing@example.ph>" }),
    );
    expect(providers.sms?.name).toBe("Semaphore");
    expect(providers.email?.name).toBe("SMTP");
  });
  it("refuses SMTP without a From address, and a malformed SMS URL", () => {
    expect(() => parseEnv({ SMTP_URL: "smtp://smtp.example.ph:587" })).toThrow(/MAIL_FROM is required with SMTP_URL/);
    expect(() => parseEnv({ SMS_API_URL: "not a url" })).toThrow(/SMS_API_URL/);
  });
});

describe("withoutCredentials", () => {
  it("hides the user and password of an SMTP URL quoted in an error", () => {
    expect(withoutCredentials("connect failed smtps://billing:hunter2@smtp.example.ph:465")).toBe("connect failed smtps://***@smtp.example.ph:465");
  });
});
