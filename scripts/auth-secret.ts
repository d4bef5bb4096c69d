import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A secret kept in .data/ (mode 0600), made once: the zero-setup embedded mode only. */
async function secretInDataDir(name: string, make: () => string): Promise<string> {
  const file = path.resolve(process.env.INSIEME_DATA_DIR ?? ".data", name);
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = make();
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The secret that signs session cookies. Production sets NEXTAUTH_SECRET (the same on
 * every app server). For the embedded mode we make one once and keep it in .data/, so
 * sessions survive a restart.
 */
export async function resolveAuthSecret(embedded: boolean): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!embedded) {
    throw new Error("NEXTAUTH_SECRET is required with DATABASE_URL: set the same long random value on every app server.");
  }
  return secretInDataDir("auth-secret", () => randomBytes(32).toString("base64url"));
}

/**
 * The key that encrypts the variables Server Actions close over (a 32-byte AES key in
 * base64). Every server that may receive a form rendered by another needs the same one:
 * set NEXT_SERVER_ACTIONS_ENCRYPTION_KEY with more than one app server. The embedded
 * single server keeps one in .data/, so forms open in a browser survive a rebuild.
 * Undefined with DATABASE_URL and no key: Next then uses the one made by the build.
 */
export async function resolveActionsKey(embedded: boolean): Promise<string | undefined> {
  if (process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY) return process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY;
  if (!embedded) return undefined;
  return secretInDataDir("server-actions-key", () => randomBytes(32).toString("base64"));
}
