import "server-only";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import type { z } from "zod";
import { getConnection } from "@/db/client";
import { getSessionState } from "@/lib/auth/current";
import { requestInfo } from "@/lib/request-info";
import { currentOrigin } from "@/lib/request-origin";
import type { ActionResult } from "./result";
import { runTenantAction, type ActionConfig, type ActionContext, type RequestContext } from "./run-tenant-action";

export type { ActionContext };

/**
 * Wraps a handler as a server action for useActionState. The action reads its
 * request (session, database, client) from Next.js; `runWith` runs the same
 * chain with a request context given by the caller (integration tests).
 */
export function tenantAction<S extends z.ZodType, T>(
  config: ActionConfig<S, NoInfer<T>>,
  handler: (ctx: ActionContext, input: z.output<S>) => Promise<T>,
) {
  async function action(_prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> {
    const request: RequestContext = {
      db: (await getConnection()).app,
      session: await getSessionState(),
      info: { ...requestInfo(await headers()), origin: await currentOrigin() },
    };
    const result = await runTenantAction(config, handler, formData, request);
    if (result.ok) for (const path of config.revalidate ?? []) revalidatePath(path);
    return result;
  }
  return Object.assign(action, {
    runWith: (request: RequestContext, formData: FormData) => runTenantAction(config, handler, formData, request),
    /** What the action accepts, for tests that send it every kind of input. */
    schema: config.schema,
  });
}
