import { randomUUID } from "node:crypto";
import hkdf from "@panva/hkdf";
import { EncryptJWT } from "jose";

// A session cookie as next-auth 4 makes it (an encrypted JWT, the key derived from
// NEXTAUTH_SECRET), but with chosen times: what a browser would hold after hours of
// inactivity, without waiting hours. playwright.config.ts shares the secret with the server.

export const SESSION_COOKIE = "next-auth.session-token";

export async function mintSessionCookie(claims: { userId: string; sessionVersion: number; email: string; name: string; authTime: number; lastUse: number; expires: number }): Promise<string> {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set: run the tests through playwright.config.ts");
  const key = await hkdf("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32);
  return new EncryptJWT({
    name: claims.name,
    email: claims.email,
    sub: claims.userId,
    userId: claims.userId,
    sessionVersion: claims.sessionVersion,
    sessionId: randomUUID(),
    authTime: claims.authTime,
  })
    .setProtectedHeader({ alg: "dir", enc: "A256GCM" })
    .setIssuedAt(claims.lastUse)
    .setExpirationTime(claims.expires)
    .setJti(randomUUID())
    .encrypt(key);
}
