import type { Role } from "@/lib/generated/prisma/enums";

/** What the session cookie carries besides the standard JWT claims. */
export type SessionClaims = {
  userId: string;
  /** The user's sessionVersion at login: bumping it ends every session. */
  sessionVersion: number;
  /** Identifies this one session, so that logging out can revoke just it. */
  sessionId: string;
  /** When the password was typed (seconds since the epoch): the absolute limit counts from it. */
  authTime?: number;
  /** When the cookie was last issued (its `iat`): the idle limit counts from it. */
  lastUse?: number;
};

/** The signed-in user as guards and services see it: never the password hash. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
};
