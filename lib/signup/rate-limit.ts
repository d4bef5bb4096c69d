import type { Database } from "@/lib/db/client";
import { countEvent } from "@/lib/rate-limit/fixed-window";
import { EMAIL_REQUESTS_PER_ADDRESS, EMAIL_REQUESTS_PER_EMAIL, SIGNUP_PER_ADDRESS } from "./constants";
import { RateLimitedError } from "@/lib/errors";

export async function limitSignups(db: Database, ip: string): Promise<void> {
  if ((await countEvent(db, `signup:ip:${ip}`, SIGNUP_PER_ADDRESS)) > SIGNUP_PER_ADDRESS.limit) throw new RateLimitedError();
}

/**
 * Requests that send an e-mail (reset, resend verification), per address and per e-mail.
 * Counted whether or not the account exists, so the limit reveals no account either.
 */
export async function limitEmailRequests(db: Database, purpose: "reset" | "verify" | "join", ip: string, email: string): Promise<void> {
  const [byAddress, byEmail] = await Promise.all([
    countEvent(db, `${purpose}:ip:${ip}`, EMAIL_REQUESTS_PER_ADDRESS),
    countEvent(db, `${purpose}:email:${email}`, EMAIL_REQUESTS_PER_EMAIL),
  ]);
  if (byAddress > EMAIL_REQUESTS_PER_ADDRESS.limit || byEmail > EMAIL_REQUESTS_PER_EMAIL.limit) throw new RateLimitedError();
}
