import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientIpFrom } from "./client-ip";
import { revokeSession } from "./revoke-session";
import { safeCallbackUrl } from "./safe-callback-url";
import type { SessionClaims } from "./session-user";

declare module "next-auth" {
  interface Session {
    claims?: SessionClaims;
  }
  interface User {
    sessionVersion?: number;
  }
}
declare module "next-auth/jwt" {
  interface JWT {
    userId?: SessionClaims["userId"];
    sessionVersion?: SessionClaims["sessionVersion"];
    sessionId?: SessionClaims["sessionId"];
  }
}

/** The login error of a right password for an account whose e-mail is not verified yet. */
export const EMAIL_NOT_VERIFIED = "EmailNotVerified";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        const ip = clientIpFrom(request?.headers ?? {});
        const result = await authenticate(db, credentials, ip);
        // next-auth hands the message of a thrown error to the client as `error`: the
        // login form then offers to send the verification e-mail again.
        if (!result.ok && result.reason === "unverified") throw new Error(EMAIL_NOT_VERIFIED);
        // The route handler answers 429 before we get here; this is the race fallback.
        if (!result.ok) return null;
        return { id: result.user.id, email: result.user.email, name: result.user.name, sessionVersion: result.user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
        token.sessionId = randomUUID();
      }
      return token;
    },
    session({ session, token }) {
      if (token.userId && token.sessionId && token.sessionVersion !== undefined) {
        session.claims = { userId: token.userId, sessionId: token.sessionId, sessionVersion: token.sessionVersion };
      }
      return session;
    },
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl, "/"), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId) {
        const expiresAt = new Date(typeof token.exp === "number" ? token.exp * 1000 : Date.now() + SESSION_MAX_AGE_SECONDS * 1000);
        await revokeSession(db, token.sessionId, expiresAt);
      }
    },
  },
};
