import { serve } from "inngest/next";
import { renderInvoicesPdf } from "@/components/pdf/render";
import { getConnection } from "@/db/client";
import { inngest } from "@/inngest/client";
import { createFunctions } from "@/inngest/functions";
import { inngestServeProblem } from "@/lib/events/inngest-serve";
import { deliverDueMessages } from "@/lib/notify/sender";

// Inngest calls this route to run the functions. In production the SDK checks
// each request's signature with INNGEST_SIGNING_KEY and refuses unsigned
// ones; INNGEST_DEV=1 switches to the local dev server, which signs nothing.
// A step may run long for a large ISP (the billing run of 100,000 subscriptions takes about 7 s,
// a month's suspensions more): let serverless hosts give it up to five minutes.
export const maxDuration = 300;

const handlers = serve({
  client: inngest,
  functions: createFunctions({
    db: async () => (await getConnection()).app,
    jobs: async () => (await getConnection()).jobs,
    deliver: deliverDueMessages,
    renderInvoicesPdf,
  }),
});

// Without a signing key the SDK can verify no caller: answer 503 and say why
// (instrumentation.ts logs the same once at start-up) instead of its 500.
const problem = inngestServeProblem();
const unavailable = async () => Response.json({ error: problem }, { status: 503 });

export const GET = problem ? unavailable : handlers.GET;
export const POST = problem ? unavailable : handlers.POST;
export const PUT = problem ? unavailable : handlers.PUT;
