import { createHash } from "node:crypto";

/** The fingerprint of a story's exact text: what an approval form says it approves. */
export function storyHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
