import { z } from "zod";

/**
 * Where a card sits in its column's order (position, then creation, then id): the next
 * page of a column starts right after it. It travels as one opaque URL parameter.
 */
export type BoardCursor = { position: number; createdAt: string; id: string };

const cursorSchema = z.object({
  position: z.number().finite(),
  // As PostgreSQL prints a timestamp without zone, to the microsecond.
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?$/),
  id: z.string().min(1).max(64),
});

export function encodeBoardCursor(cursor: BoardCursor): string {
  return Buffer.from(JSON.stringify([cursor.position, cursor.createdAt, cursor.id])).toString("base64url");
}

/** The cursor in a URL, or null when it is missing or not one of ours. */
export function decodeBoardCursor(text: string | null | undefined): BoardCursor | null {
  if (!text || text.length > 200) return null;
  try {
    const [position, createdAt, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    const parsed = cursorSchema.safeParse({ position, createdAt, id });
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
