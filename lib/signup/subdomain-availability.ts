import { isSlugTaken } from "@/db/system";
import type { Database } from "@/db/types";
import { SLUG_PROBLEM_MESSAGES, slugProblem } from "@/lib/tenancy/subdomain";

export type Availability = { available: boolean; message: string };

/** The live check behind the sign-up form's subdomain field. */
export async function checkSubdomain(db: Database, raw: string): Promise<Availability> {
  const slug = raw.trim().toLowerCase();
  const problem = slugProblem(slug);
  if (problem) return { available: false, message: SLUG_PROBLEM_MESSAGES[problem] };
  if (await isSlugTaken(db, slug)) return { available: false, message: "That subdomain is already taken. Please choose another." };
  return { available: true, message: `${slug} is available.` };
}
