import type { ActionResult } from "@/lib/actions/result";

export type RedirectAction = (prev: ActionResult<{ redirectTo: string }> | null, formData: FormData) => Promise<ActionResult<{ redirectTo: string }>>;
export type Option = { id: string; label: string };
export const toOptions = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));
