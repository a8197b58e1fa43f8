import { expect, type Page, type Request } from "@playwright/test";

/**
 * A server action request exactly as the browser sent it. Every server action
 * is a public POST endpoint: anyone holding these bytes can send them again,
 * so specs replay them to prove the server, not the UI, enforces the rules.
 */
export type CapturedAction = { url: string; headers: Record<string, string>; body: string };

/** What a replay got back. */
export type ActionReply = { status: number; contentType: string; text: string };

// The headers that make a POST a server action call; cookies come from whoever replays it.
const ACTION_HEADERS = ["next-action", "next-router-state-tree", "content-type", "accept"] as const;

/** Runs `submit` (a real form submission in `page`) and records the server action request it makes. */
export async function captureServerAction(page: Page, submit: () => Promise<void>): Promise<CapturedAction> {
  const captured = new Promise<CapturedAction>((resolve) => {
    const onRequest = (request: Request) => {
      if (request.method() !== "POST" || !("next-action" in request.headers())) return;
      page.off("request", onRequest);
      resolve(record(request));
    };
    page.on("request", onRequest);
  });
  await submit();
  const action = await captured;
  expect(action.headers["next-action"], "the form posted a server action").toMatch(/^[0-9a-f]{20,}$/);
  expect(action.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
  return action;
}

async function record(request: Request): Promise<CapturedAction> {
  const all = await request.allHeaders();
  const headers: Record<string, string> = {};
  for (const name of ACTION_HEADERS) if (all[name] !== undefined) headers[name] = all[name];
  return { url: request.url(), headers, body: request.postDataBuffer()?.toString("utf8") ?? "" };
}

/**
 * Sends `action` again from inside `page` with fetch, so the request carries
 * that page's cookies (its session, or none) and its Origin, like a script a
 * user runs in the browser console. `page` must be on the action's origin.
 */
export async function replayServerAction(page: Page, action: CapturedAction, body = action.body): Promise<ActionReply> {
  expect(new URL(page.url()).origin, "replay from the action's own origin").toBe(new URL(action.url).origin);
  return page.evaluate(
    async ({ url, headers, body }) => {
      const response = await fetch(url, { method: "POST", headers, body, credentials: "same-origin", redirect: "manual" });
      return { status: response.status, contentType: response.headers.get("content-type") ?? "", text: await response.text() };
    },
    { url: action.url, headers: action.headers, body },
  );
}

/**
 * The value the action returned, decoded from the RSC reply: row 0 names the
 * row that holds it ("a": "$@<row>"). Throws when the reply is not an action
 * result at all (an error page, a redirect).
 */
export function actionResultOf(reply: ActionReply): unknown {
  expect(reply.contentType, "an RSC reply").toContain("text/x-component");
  const rows = new Map<string, string>();
  for (const line of reply.text.split("\n")) {
    const match = /^([0-9a-f]+):(.*)$/.exec(line);
    if (match) rows.set(match[1]!, match[2]!);
  }
  const head = JSON.parse(rows.get("0") ?? "null") as { a?: unknown } | null;
  const row = typeof head?.a === "string" ? /^\$@([0-9a-f]+)$/.exec(head.a)?.[1] : undefined;
  if (!row || !rows.has(row)) throw new Error(`not a server action reply: ${reply.text.slice(0, 200)}`);
  return JSON.parse(rows.get(row)!);
}

/** The captured body with every occurrence of `from` replaced; fails if `from` is not in it. */
export function bodyWith(action: CapturedAction, from: string, to: string): string {
  expect(action.body, `the captured body holds "${from}"`).toContain(from);
  return action.body.replaceAll(from, to);
}
