import { z } from "zod";

export const personName = z.string().trim().min(2, "Enter a name of at least 2 characters.").max(100, "Use at most 100 characters.");
export const email = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .pipe(z.email("Enter a valid email address, like juan@example.com."));
export const newPassword = z
  .string()
  .min(10, "Use at least 10 characters.")
  .max(200, "Use at most 200 characters.")
  .refine((p) => /[a-zA-Z]/.test(p) && /[0-9]/.test(p), "Use both letters and numbers.");
