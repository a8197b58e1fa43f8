import { Inngest } from "inngest";

/** One client for the app; INNGEST_EVENT_KEY / INNGEST_SIGNING_KEY / INNGEST_DEV come from the environment. */
export const inngest = new Inngest({ id: "fiberbill" });
