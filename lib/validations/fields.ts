import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";

export const personName = z.string().trim().min(2, "Enter a name of at least 2 characters.").max(100, "Use at most 100 characters.");
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .pipe(z.email("Enter a valid email address, like juan@example.com."));
/**
 * A password being set: length, the common-password list and "FiberBill"
 * (lib/auth/password-policy.ts). Where the workspace and email are known, the
 * schema or domain function checks those words too (passwordProblem with a context).
 */
export const newPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});
