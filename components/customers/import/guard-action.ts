import { fail, type ActionResult } from "@/lib/actions/result";

/** For checks: nothing is written, so trying again is always safe. */
export const CHECK_NOT_SENT = "The file did not reach the server: the connection dropped, or the file is too large for this server. Nothing was saved; try again, or split the file.";
/** For the import: the answer may be what got lost, so the user must look before trying again. */
export const IMPORT_NOT_CONFIRMED =
  "The server did not confirm the import: the connection dropped, or the file is too large for this server. Check the customers list before trying again; an import either saved every row or none.";

/**
 * A server action rejects (instead of answering) when the request never
 * arrives: a dropped mobile connection, or a body over the server's size
 * limit. Turned into an ordinary error result so the form shows a message and
 * keeps the user's file and choices, instead of falling into the error page.
 */
export function guardAction<T>(action: (prev: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>, message: string) {
  return async (prev: ActionResult<T> | null, formData: FormData): Promise<ActionResult<T>> => {
    try {
      return await action(prev, formData);
    } catch (error) {
      console.error("[customer import] action failed to run", error);
      return fail(message);
    }
  };
}
