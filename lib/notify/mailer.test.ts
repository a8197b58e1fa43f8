import net from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { sendMail } from "./mailer";
import { smtpEmail } from "./providers/smtp";

/**
 * A minimal SMTP server on localhost: enough of the protocol for nodemailer to
 * hand over one message, which it keeps. `reject` makes it refuse recipients.
 */
function smtpStub() {
  const received: string[] = [];
  let reject = false;
  const server = net.createServer((socket) => {
    let data = false;
    let body = "";
    socket.write("220 stub ESMTP\r\n");
    socket.on("data", (chunk) => {
      for (const line of chunk.toString("utf8").split("\r\n").slice(0, -1)) {
        if (data) {
          if (line === ".") {
            data = false;
            received.push(body);
            body = "";
            socket.write("250 queued\r\n");
          } else body += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write("250 stub\r\n");
        else if (/^MAIL FROM/i.test(line)) socket.write("250 ok\r\n");
        else if (/^RCPT TO/i.test(line)) socket.write(reject ? "550 no such user\r\n" : "250 ok\r\n");
        else if (/^DATA/i.test(line)) {
          data = true;
          socket.write("354 go on\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  return {
    received,
    refuse: (on: boolean) => (reject = on),
    listen: () => new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("sendMail (system email, no tenant)", () => {
  const stub = smtpStub();
  let url = "";
  beforeAll(async () => {
    url = `smtp://127.0.0.1:${await stub.listen()}`;
  });
  afterAll(() => stub.close());

  it("goes out over SMTP when a provider is configured", async () => {
    const provider = smtpEmail({ url, from: "FiberBill <no-reply@fiberbill.test>" });
    const mail = { to: "owner@isp.test", subject: "Your FiberBill workspaces", text: "You can sign in to these FiberBill workspaces:\n\n  JDC Fiber: http://jdc.localhost/login" };
    expect(await sendMail(mail, provider)).toBe("sent");
    expect(stub.received).toHaveLength(1);
    expect(stub.received[0]).toMatch(/^To: owner@isp\.test$/m);
    expect(stub.received[0]).toMatch(/^Subject: Your FiberBill workspaces$/m);
    expect(stub.received[0]).toContain("JDC Fiber: http://jdc.localhost/login");
  });

  it("throws when the server refuses the message, without the SMTP password", async () => {
    stub.refuse(true);
    try {
      const provider = smtpEmail({ url: url.replace("smtp://", "smtp://user:hunter2@"), from: "no-reply@fiberbill.test" });
      const error = await sendMail({ to: "gone@isp.test", subject: "s", text: "t" }, provider).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect(String((error as Error).message)).not.toContain("hunter2");
    } finally {
      stub.refuse(false);
    }
  });

  it("is written to the server log when no SMTP is configured", async () => {
    const log = vi.spyOn(console, "info").mockImplementation(() => {});
    try {
      expect(await sendMail({ to: "owner@isp.test", subject: "Your FiberBill workspaces", text: "list" }, null)).toBe("logged");
      expect(log).toHaveBeenCalledWith(expect.stringContaining("to=owner@isp.test"));
    } finally {
      log.mockRestore();
    }
  });
});
