"use server";

import { headers } from "next/headers";
import { getConnection } from "@/db/client";
import type { ActionResult } from "@/lib/actions/result";
import { requestInfo } from "@/lib/request-info";
import { workspaceOrigin } from "@/lib/request-origin";
import { runSignUp } from "@/lib/signup/sign-up";

type Redirect = { redirectTo: string };

/** Sign-up: creates the ISP and its owner, then hands the owner to the new subdomain, signed in. */
export async function signUp(_prev: ActionResult<Redirect> | null, formData: FormData): Promise<ActionResult<Redirect>> {
  const db = async () => (await getConnection()).app;
  return runSignUp({ db, info: requestInfo(await headers()), workspaceOrigin }, formData);
}
