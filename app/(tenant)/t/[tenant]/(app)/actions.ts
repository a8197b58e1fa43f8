"use server";

import { signOut } from "@/lib/auth";

/** Ends the session; the menu then goes to the sign-in page with a full navigation. */
export async function logOut(): Promise<void> {
  await signOut({ redirect: false });
}
