import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { encode as encodeJwt } from "next-auth/jwt";
import CredentialsProvider from "next-auth/providers/credentials";
import { recordSecurityEvent } from "@/lib/audit/security-events";
import { db } from "@/lib/db";
import { authenticate } from "./authenticate";
import { clientIpFrom } from "./client-ip";
import { loadSessionUser } from "./load-session-user";
import { revokeSession } from "./revoke-session";
import { safeCallbackUrl } from "./safe-callback-url";
import { absoluteEndOf, jwtLifetimeSeconds, SESSION_IDLE_SECONDS } from "./session-policy";
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
    authTime?: SessionClaims["authTime"];
  }
}

/** The login error of a right password for an account whose e-mail is not verified yet. */
export const EMAIL_NOT_VERIFIED = "EmailNotVerified";

/** Thrown by the `jwt` callback: next-auth then clears the cookie and answers no session. */
const SESSION_ENDED = "SessionEnded";

function claimsOf(token: JWT): SessionClaims | null {
  if (!token.userId || !token.sessionId || token.sessionVersion === undefined) return null;
  return {
    userId: token.userId,
    sessionId: token.sessionId,
    sessionVersion: token.sessionVersion,
    authTime: token.authTime,
    lastUse: typeof token.iat === "number" ? token.iat : undefined,
  };
}

export const authOptions: NextAuthOptions = {
  // The cookie and the JWT both end after the idle limit; every refresh moves both, and
  // the JWT is cut short at the absolute end (see session-policy.ts).
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: {
    maxAge: SESSION_IDLE_SECONDS,
    encode: (params) => encodeJwt({ ...params, maxAge: jwtLifetimeSeconds(params.token?.authTime, new Date()) }),
  },
  logger: {
    // A refused cookie is routine (logout, expiry), not an error worth a stack trace.
    error(code, metadata) {
      if (metadata instanceof Error && metadata.message === SESSION_ENDED) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
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
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
        token.sessionId = randomUUID();
        token.authTime = Math.floor(Date.now() / 1000);
        token.iat = token.authTime;
        return token;
      }
      // Every read of the session (a guard, /api/auth/session) checks revocation, the
      // account and both limits before next-auth re-issues the cookie.
      const claims = claimsOf(token);
      if (!claims || !(await loadSessionUser(db, claims))) throw new Error(SESSION_ENDED);
      return token;
    },
    session({ session, token }) {
      const claims = claimsOf(token);
      if (claims) session.claims = claims;
      return session;
    },
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackUrl(url, baseUrl, "/"), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId) {
        // Kept until the session's absolute end: a copy of the cookie refreshed meanwhile
        // would otherwise come back to life once the row was purged.
        const authTime = typeof token.authTime === "number" ? token.authTime : Math.floor(Date.now() / 1000);
        await revokeSession(db, token.sessionId, absoluteEndOf(authTime));
      }
      if (token?.userId) {
        // next-auth hands this event no request, so the address is not known here.
        await recordSecurityEvent(db, { action: "auth.logout", actorId: token.userId, targetId: token.userId, ipAddress: "" });
      }
    },
  },
};
