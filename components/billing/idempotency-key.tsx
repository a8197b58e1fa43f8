"use client";

import { useCallback, useRef, type ReactElement } from "react";

/**
 * The hidden field that makes a money form's submission idempotent: a key
 * made when the form first appears and sent with every submission of it, so
 * a retry (after "we cannot tell whether this was saved", a double click)
 * returns the first result instead of saving twice. `renew` makes a new key
 * for a form that stays open for the next entry after a success.
 *
 * The key lives in a ref and is written into the DOM by a callback ref: it is
 * made in the browser only, so the server's HTML and hydration never differ.
 */
export function useIdempotencyKey(): { field: ReactElement; renew: () => void } {
  const input = useRef<HTMLInputElement | null>(null);
  const key = useRef<string | null>(null);
  const attach = useCallback((el: HTMLInputElement | null) => {
    input.current = el;
    if (!el) return;
    key.current ??= newKey();
    el.value = key.current;
  }, []);
  const renew = useCallback(() => {
    key.current = newKey();
    if (input.current) input.current.value = key.current;
  }, []);
  return { field: <input ref={attach} type="hidden" name="idempotencyKey" />, renew };
}

/** A random (version 4) uuid; crypto.randomUUID needs a secure context, getRandomValues does not. */
function newKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
