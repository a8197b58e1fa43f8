"use client";

import { useEffect, useState } from "react";
import type { JobView } from "@/lib/background/view";

const POLL_MS = 1000;

/**
 * Follows a background job: polls its progress about once a second while it
 * is queued or running, and stops when it is done or failed. A failed poll
 * (a dropped connection) is simply retried at the next tick.
 */
export function useJob(initial: JobView | null): [JobView | null, (job: JobView) => void] {
  const [job, setJob] = useState<JobView | null>(initial);
  const active = job !== null && (job.status === "queued" || job.status === "running");
  const id = job?.id;
  useEffect(() => {
    if (!active || !id) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const response = await fetch(`/api/jobs/${id}`, { cache: "no-store" });
        if (!response.ok || stopped) return;
        const next = (await response.json()) as JobView;
        if (!stopped) setJob(next);
      } catch {
        // Offline for a moment: the next tick asks again.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, id]);
  return [job, setJob];
}
