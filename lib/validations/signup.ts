import { z } from "zod";
import { SLUG_PROBLEM_MESSAGES, slugProblem } from "@/lib/tenancy/subdomain";
import { email, newPassword, personName } from "./fields";

export const subdomain = z
  .string()
  .trim()
  .toLowerCase()
  .superRefine((value, ctx) => {
    const problem = slugProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: SLUG_PROBLEM_MESSAGES[problem] });
  });

export const signupSchema = z.object({
  companyName: z.string().trim().min(2, "Enter your company's name.").max(120, "Use at most 120 characters."),
  subdomain,
  ownerName: personName,
  email,
  password: newPassword,
});

export type SignupInput = z.infer<typeof signupSchema>;
