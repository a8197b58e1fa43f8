import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { authorizeHandoff, authorizePassword } from "./authorize";

declare module "next-auth" {
  interface User {
    tenantId?: string;
    tenantSlug?: string;
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
        const result = await authorizePassword(credentials, request.headers);
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
      authorize: (credentials, request) => authorizeHandoff(credentials, request.headers),
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.tenantId = user.tenantId;
        token.tenantSlug = user.tenantSlug;
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
