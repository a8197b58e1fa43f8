import { naturalCompare } from "@/lib/text/natural-sort";

type Options<B, P> = { barangays: B[]; plans: P[] };

/**
 * The barangays and plans a customer filter or form offers, in the order
 * people look for them: "Barangay 2" before "Barangay 10" (then by city),
 * "Fiber 30" before "Fiber 100".
 */
export function inNaturalOrder<B extends { name: string; city: string }, P extends { name: string }>(options: Options<B, P>): Options<B, P> {
  return {
    barangays: [...options.barangays].sort((a, b) => naturalCompare(a.name, b.name) || naturalCompare(a.city, b.city)),
    plans: [...options.plans].sort((a, b) => naturalCompare(a.name, b.name)),
  };
}
