import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The secret that signs session cookies. Production sets NEXTAUTH_SECRET (the same on
 * every app server). For the zero-setup embedded mode we make one once and keep it in
 * .data/, so sessions survive a restart.
 */
export async function resolveAuthSecret(embedded: boolean): Promise<string> {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!embedded) {
    throw new Error("NEXTAUTH_SECRET is required with DATABASE_URL: set the same long random value on every app server.");
  }
  const file = path.resolve(process.env.INSIEME_DATA_DIR ?? ".data", "auth-secret");
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
