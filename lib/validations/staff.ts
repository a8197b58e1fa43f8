import { z } from "zod";
import { isPermission, type Permission } from "@/lib/permissions/catalog";
import { canLandOn, isLandingPath, LANDING_PAGES, type LandingPath } from "@/lib/staff/landing";
import { email, newPassword, personName } from "./fields";

export const idSchema = z.object({ id: z.uuid() });

const roleFields = z.object({
  name: z.string().trim().min(2, "Enter a role name of at least 2 characters.").max(60, "Use at most 60 characters."),
  description: z.string().trim().max(300, "Use at most 300 characters.").default(""),
  permissions: z
    .array(z.string())
    .default([])
    .transform((list) => [...new Set(list)])
    .refine((list) => list.every(isPermission), "Unknown permission.")
    .transform((list) => list as Permission[]),
  // Left out: a new role lands on the dashboard, an edited one keeps its page.
  landingPath: z
    .string()
    .refine(isLandingPath, "Choose one of the listed pages.")
    .transform((path) => path as LandingPath)
    .optional(),
});

/** A role's landing page must be one its permissions let it see. */
function landingVisible(role: { landingPath?: LandingPath; permissions: Permission[] }, ctx: z.RefinementCtx): void {
  // Zod runs this refinement also when a field's own check failed: only a listed page is judged here.
  if (!role.landingPath || !isLandingPath(role.landingPath) || canLandOn(role.landingPath, role.permissions)) return;
  const page = LANDING_PAGES.find((p) => p.path === role.landingPath)!;
  ctx.addIssue({ code: "custom", path: ["landingPath"], message: `People in this role cannot see ${page.label}: tick its permission, or choose another page.` });
}

export const roleSchema = roleFields.superRefine(landingVisible);

/** An existing role being edited. */
export const roleUpdateSchema = roleFields.extend(idSchema.shape).superRefine(landingVisible);

export const staffSchema = z.object({
  name: personName,
  email,
  roleId: z.uuid("Choose a role."),
  password: newPassword,
});
