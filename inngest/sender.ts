import type { EventSender } from "@/lib/events/publish";
import { inngest } from "./client";

/** Sends the domain's events to Inngest; registered at server start when Inngest is configured. */
export const inngestSender: EventSender = async (event) => {
  await inngest.send(event);
};
