import type { Database } from "@/lib/db/client";
import { countEvent, secondsUntilWindowEnds } from "@/lib/rate-limit/fixed-window";
import { EMAIL_REQUESTS_PER_ADDRESS, EMAIL_REQUESTS_PER_EMAIL, SIGNUP_PER_ADDRESS } from "./constants";
import { RateLimitedError } from "@/lib/errors";

export async function limitSignups(db: Database, ip: string): Promise<void> {
  const key = `signup:ip:${ip}`;
  if ((await countEvent(db, key, SIGNUP_PER_ADDRESS)) > SIGNUP_PER_ADDRESS.limit) {
    throw new RateLimitedError(await secondsUntilWindowEnds(db, key, SIGNUP_PER_ADDRESS));
  }
}

/**
 * Requests that send an e-mail (reset, resend verification), per address and per e-mail.
 * Counted whether or not the account exists, so the limit reveals no account either.
 */
export async function limitEmailRequests(db: Database, purpose: "reset" | "verify" | "join", ip: string, email: string): Promise<void> {
  const limits = [
    { key: `${purpose}:ip:${ip}`, window: EMAIL_REQUESTS_PER_ADDRESS },
    { key: `${purpose}:email:${email}`, window: EMAIL_REQUESTS_PER_EMAIL },
  ];
  const counts = await Promise.all(limits.map(({ key, window }) => countEvent(db, key, window)));
  const passed = limits.filter(({ window }, index) => counts[index]! > window.limit);
  if (passed.length > 0) {
    // The caller may retry once every limit it passed has reset.
    const waits = await Promise.all(passed.map(({ key, window }) => secondsUntilWindowEnds(db, key, window)));
    throw new RateLimitedError(Math.max(...waits));
  }
}
