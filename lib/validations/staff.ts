import { z } from "zod";
import { isPermission, type Permission } from "@/lib/permissions/catalog";
import { email, newPassword, personName } from "./fields";

export const roleSchema = z.object({
  name: z.string().trim().min(2, "Enter a role name of at least 2 characters.").max(60, "Use at most 60 characters."),
  description: z.string().trim().max(300, "Use at most 300 characters.").default(""),
  permissions: z
    .array(z.string())
    .default([])
    .transform((list) => [...new Set(list)])
    .refine((list) => list.every(isPermission), "Unknown permission.")
    .transform((list) => list as Permission[]),
});

export const staffSchema = z.object({
  name: personName,
  email,
  roleId: z.uuid("Choose a role."),
  password: newPassword,
});

export const idSchema = z.object({ id: z.uuid() });
