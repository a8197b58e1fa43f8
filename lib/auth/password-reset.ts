import { z } from "zod";
import { findUserByEmail, getUserWithRole, lockUserForPassword, replacePassword } from "@/db/queries/users";
import { resolveTenantBySlug, type TenantRef } from "@/db/system";
import { withTenantOn } from "@/db/with-tenant";
import { recordAudit } from "@/lib/audit/record";
import { EVENTS } from "@/lib/events/names";
import { publish } from "@/lib/events/publish";
import { PASSWORD_RESET_TEMPLATE } from "@/lib/notify/account-alert-template";
import { insertOutboxRows } from "@/lib/notify/queue";
import { renderTemplate } from "@/lib/notify/templates";
import { hitLimits } from "@/lib/rate-limit/fixed-window";
import { requestHost, requestInfo } from "@/lib/request-info";
import { tenantSlugFromHost } from "@/lib/tenancy/subdomain";
import { isUuid } from "@/lib/uuid";
import type { SignInDeps } from "./authorize";
import { hashPassword } from "./password";
import { passwordProblem } from "./password-policy";
import { mintResetToken, peekResetToken, resetTokenMatches } from "./reset-token";

/**
 * "Forgot password" on a tenant's sign-in page (OWASP Forgot Password Cheat
 * Sheet): the answer is the same whether or not the email has an account,
 * and takes the same time (the look-up and the email happen after the answer
 * is sent); requests are limited per client IP (the trusted one) and per
 * account; the emailed link holds a signed token valid for 30 minutes and
 * only until it is used (lib/auth/reset-token.ts). Using it sets the new
 * password, ends every session of the user and is audited.
 */
export const RESET_LIMITS = {
  ip: { max: 10, windowSeconds: 15 * 60 },
  account: { max: 3, windowSeconds: 60 * 60 },
} as const;

export type ResetDeps = Pick<SignInDeps, "db" | "store" | "secret" | "rootDomain" | "later">;

export type ResetRequestResult = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> } | { ok: false; retryAfterSeconds: number };

const requestSchema = z.object({ email: z.string().trim().toLowerCase().max(320).pipe(z.email("Enter the email you sign in with.")) });

/**
 * Takes a reset request on the tenant's subdomain named by the Host header.
 * `origin` is this workspace's origin as the app builds it from the validated
 * slug and ROOT_DOMAIN (never the raw Host header): the email's link points there.
 */
export async function requestPasswordReset(deps: ResetDeps, input: unknown, headers: Headers, origin: string): Promise<ResetRequestResult> {
  const parsed = requestSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: { email: ["Enter the email you sign in with."] } };
  const slug = tenantSlugFromHost(requestHost(headers), deps.rootDomain);
  // No workspace here: the same answer, nothing sent.
  if (!slug) return { ok: true };
  const { email } = parsed.data;
  const ip = requestInfo(headers).ip ?? "unknown";
  const limited = await hitLimits(deps.store, [
    { key: `reset:ip:${ip}`, ...RESET_LIMITS.ip },
    { key: `reset:acct:${slug}:${email}`, ...RESET_LIMITS.account },
  ]);
  if (limited) return { ok: false, retryAfterSeconds: limited.retryAfterSeconds };
  deps.later(() => sendResetLink(deps, { slug, email, origin, ip, userAgent: requestInfo(headers).userAgent }));
  return { ok: true };
}

/** After the answer: the email to an active account of an active workspace, else nothing. */
async function sendResetLink(deps: ResetDeps, r: { slug: string; email: string; origin: string; ip: string; userAgent: string | null }): Promise<void> {
  const tenant = await resolveTenantBySlug(deps.db, r.slug);
  if (!tenant || tenant.status !== "active") return;
  const queued = await withTenantOn(deps.db, tenant.id, async (tx) => {
    const user = await findUserByEmail(tx, { email: r.email });
    if (!user || !user.active) return false;
    const token = mintResetToken({ tid: tenant.id, uid: user.id }, { passwordHash: user.passwordHash, sessionVersion: user.sessionVersion }, deps.secret);
    const vars = { tenant_name: tenant.name, name: user.name.split(/\s+/)[0], email: user.email, link: `${r.origin}/reset-password?token=${token}` };
    const t = PASSWORD_RESET_TEMPLATE;
    await insertOutboxRows(tx, tenant.id, [
      {
        channel: "email",
        recipient: user.email,
        customer_id: null,
        template_key: t.key,
        subject: renderTemplate(t.subject, vars),
        body: renderTemplate(t.body, vars),
        // One message per link: the token itself is unique (its expiry and signature).
        dedupe_key: `${t.key}:${user.id}:${token.split(".")[1]}`,
      },
    ]);
    await recordAudit(tx, { tenantId: tenant.id, userId: null, ip: r.ip, userAgent: r.userAgent }, { action: "user.password_reset_requested", entityType: "user", entityId: user.id });
    return true;
  });
  if (queued) await publish(deps.db, { name: EVENTS.outboxFlush, data: { tenantId: tenant.id } });
}

/** What the reset page shows for a link that cannot be used (expired, used, tampered, another workspace's). */
export const LINK_INVALID = "This link has expired or has already been used. Ask for a new one.";

type LinkUser = { tenant: TenantRef; user: { id: string; name: string; email: string } };

/** The user a reset link is for, if it is valid on this subdomain now; null otherwise. */
export async function checkResetLink(deps: Pick<ResetDeps, "db" | "secret" | "rootDomain">, token: string, headers: Headers): Promise<LinkUser | null> {
  const claims = peekResetToken(token);
  const slug = tenantSlugFromHost(requestHost(headers), deps.rootDomain);
  if (!claims || !slug || !isUuid(claims.tid) || !isUuid(claims.uid)) return null;
  const tenant = await resolveTenantBySlug(deps.db, slug);
  if (!tenant || tenant.id !== claims.tid || tenant.status !== "active") return null;
  const user = await withTenantOn(deps.db, tenant.id, (tx) => getUserWithRole(tx, { id: claims.uid }));
  if (!user || !user.active || !resetTokenMatches(token, { passwordHash: user.passwordHash, sessionVersion: user.sessionVersion }, deps.secret)) return null;
  return { tenant, user: { id: user.id, name: user.name, email: user.email } };
}

export type ResetResult = { ok: true } | { ok: false; error: string; fieldErrors: Record<string, string[]> };

const resetSchema = z
  .object({ token: z.string().max(1000), password: z.string().max(1000), confirm: z.string().max(1000) })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "The two passwords do not match." });

/**
 * Sets the new password from a reset link. The user's row is locked and the
 * token checked again against it, so of two uses at once only the first
 * succeeds (the second sees the new hash). Ends every session of the user.
 */
export async function resetPasswordWithLink(deps: Pick<ResetDeps, "db" | "secret" | "rootDomain">, input: unknown, headers: Headers): Promise<ResetResult> {
  const parsed = resetSchema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues) (fieldErrors[String(issue.path[0] ?? "password")] ??= []).push(issue.message);
    return { ok: false, error: "Please correct the highlighted fields.", fieldErrors };
  }
  const { token, password } = parsed.data;
  const link = await checkResetLink(deps, token, headers);
  if (!link) return { ok: false, error: LINK_INVALID, fieldErrors: {} };
  const problem = passwordProblem(password, { slug: link.tenant.slug, email: link.user.email });
  if (problem) return { ok: false, error: "Please correct the highlighted fields.", fieldErrors: { password: [problem] } };
  const passwordHash = await hashPassword(password);
  const info = requestInfo(headers);
  const done = await withTenantOn(deps.db, link.tenant.id, async (tx) => {
    const user = await lockUserForPassword(tx, { id: link.user.id });
    if (!user || !user.active || !resetTokenMatches(token, { passwordHash: user.passwordHash, sessionVersion: user.sessionVersion }, deps.secret)) return false;
    await replacePassword(tx, { id: user.id, passwordHash, mustChangePassword: false });
    await recordAudit(tx, { tenantId: link.tenant.id, userId: user.id, ...info }, { action: "user.password_reset_by_link", entityType: "user", entityId: user.id });
    return true;
  });
  return done ? { ok: true } : { ok: false, error: LINK_INVALID, fieldErrors: {} };
}
