import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
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

export const signupSchema = z
  .object({
    companyName: z.string().trim().min(2, "Enter your company's name.").max(120, "Use at most 120 characters."),
    subdomain,
    ownerName: personName,
    email,
    password: newPassword,
  })
  .superRefine((input, ctx) => {
    // Only once the password passes on its own, so the field shows one message.
    if (passwordProblem(input.password)) return;
    const problem = passwordProblem(input.password, { slug: input.subdomain, email: input.email });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
  });

export type SignupInput = z.infer<typeof signupSchema>;
