import { createHash, randomBytes } from "node:crypto";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmailTokenPurpose } from "@/lib/generated/prisma/enums";
import { serverConfig } from "@/lib/config/server-config";

/** Only this hash is stored: a database leak does not hand out working links. */
export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Creates a single-use token for `userId` and returns the raw token, for the link only. */
export async function createEmailToken(
  db: Database | Prisma.TransactionClient,
  userId: string,
  purpose: EmailTokenPurpose,
  ttlMs: number,
  /** CHANGE_EMAIL: the address the link goes to. */
  newEmail?: string,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.emailToken.create({
    data: { userId, purpose, tokenHash: hashEmailToken(token), expiresAt: new Date(Date.now() + ttlMs), newEmail },
  });
  return token;
}

/** The public address of the site, for absolute links in e-mails. */
export function siteUrl(path: string): string {
  return `${serverConfig().siteUrl}${path}`;
}
