import { after } from "next/server";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getConnection } from "@/db/client";
import { env } from "@/lib/env";
import { counterStore } from "@/lib/rate-limit";
import { signInWithHandoff, signInWithPassword, type SignInDeps } from "./authorize";
import { endSessionsOfToken } from "./sessions";

declare module "next-auth" {
  interface User {
    tenantId?: string;
    tenantSlug?: string;
    sessionVersion?: number;
  }
  interface Session {
    tenantId: string;
    tenantSlug: string;
  }
}

/** The sign-in form shows this code's message ("Too many failed sign-in attempts ..."). */
export class RateLimitedSignin extends CredentialsSignin {
  code = "rate_limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/** What sign-in and the password-reset flow work with in the app (tests pass their own). */
export async function signInDeps(): Promise<SignInDeps> {
  return {
    db: (await getConnection()).app,
    store: counterStore(),
    secret: env.AUTH_SECRET,
    rootDomain: env.ROOT_DOMAIN,
    later: (task) =>
      after(() =>
        // The message only: a provider error's cause can quote the SMTP URL with its password.
        task().catch((error: unknown) => console.error("[auth] work after sign-in failed:", error instanceof Error ? error.message : String(error))),
      ),
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.AUTH_SECRET,
  // Every tenant has its own host; Auth.js builds URLs from the Host header.
  trustHost: true,
  session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: "/login", error: "/login" },
  logger: {
    // A wrong password is everyday use, not a server error: keep the log for real failures.
    error(error) {
      if ((error as { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth]", error);
    },
  },
  providers: [
    Credentials({
      id: "credentials",
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const result = await signInWithPassword(await signInDeps(), credentials, request.headers);
        if (result.ok) return result.user;
        if (result.reason === "rate_limited") {
          const error = new RateLimitedSignin(result.retryAfterSeconds ?? 60);
          error.code = `rate_limited:${result.retryAfterSeconds ?? 60}`;
          throw error;
        }
        return null;
      },
    }),
    Credentials({
      id: "handoff",
      credentials: { token: {} },
      authorize: async (credentials, request) => signInWithHandoff(await signInDeps(), credentials, request.headers),
    }),
  ],
  events: {
    // Every sign-out, by our /logout or Auth.js's own route, ends the user's
    // sessions everywhere, so a copy of the token is refused from now on.
    // A failure is logged by Auth.js and the cookie is still cleared.
    async signOut(message) {
      if ("token" in message) await endSessionsOfToken((await getConnection()).app, message.token);
    },
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.tenantId = user.tenantId;
        token.tenantSlug = user.tenantSlug;
        token.sv = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = token.sub ?? "";
      session.tenantId = typeof token.tenantId === "string" ? token.tenantId : "";
      session.tenantSlug = typeof token.tenantSlug === "string" ? token.tenantSlug : "";
      return session;
    },
  },
});
