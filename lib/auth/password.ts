import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's suggested minimum (19 MiB, 2 passes): strong enough, and quick
// enough that a login stays well under a second on a 2-core server.
const ARGON2ID = 2;
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed hash never matches
  }
}

// Compared against when the e-mail is unknown, so that a wrong e-mail costs the same
// time as a wrong password and timing does not reveal which accounts exist.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("insieme-decoy-password");
  return decoyHash;
}
