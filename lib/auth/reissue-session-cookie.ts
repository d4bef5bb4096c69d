import "server-only";
import { decode, encode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { serverConfig } from "@/lib/config/server-config";
import { jwtLifetimeSeconds, SESSION_IDLE_SECONDS } from "./session-policy";

// next-auth's names for the session cookie: the __Secure- one on https sites.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

/**
 * Re-issues the current request's session cookie carrying a new session version. Used after a
 * change that ends every session of the person (a new password): the device that made the
 * change keeps working, every other cookie still names the old version and is refused.
 * Everything else of the session stays (its id, when the password was typed, the absolute end).
 * Returns false when the request has no readable session cookie (nothing to keep).
 */
export async function reissueSessionCookie(sessionVersion: number): Promise<boolean> {
  const secret = serverConfig().authSecret;
  if (!secret) return false;
  const jar = await cookies();
  const existing = SESSION_COOKIES.map((name) => ({ name, value: jar.get(name)?.value })).find((cookie) => cookie.value);
  if (!existing?.value) return false;
  const token = await decode({ token: existing.value, secret }).catch(() => null);
  if (!token) return false;
  const now = new Date();
  const value = await encode({ token: { ...token, sessionVersion }, secret, maxAge: jwtLifetimeSeconds(token.authTime, now) });
  jar.set(existing.name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: existing.name.startsWith("__Secure-"),
    maxAge: SESSION_IDLE_SECONDS,
  });
  return true;
}
