import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/db/client";
import { ForbiddenError } from "@/lib/errors";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxEmailItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  transport: string;
  sentAt: Date | null;
  error: string | null;
  createdAt: Date;
};

export type OutboxPage = { items: OutboxEmailItem[]; total: number; page: number; pageCount: number };

/**
 * The outbox, newest first, for CSV staff only: it holds links that log people in
 * (verification, password reset), so partners must never read it.
 *
 * @throws ForbiddenError the caller is not staff
 */
export async function listOutbox(db: Database, actor: SessionUser, input: { page?: number } = {}): Promise<OutboxPage> {
  if (actor.role !== "STAFF" && actor.role !== "ADMIN") throw new ForbiddenError("staff only");
  const total = await db.outboxEmail.count();
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.floor(input.page ?? 1) || 1), pageCount);
  const items = await db.outboxEmail.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, to: true, subject: true, text: true, transport: true, sentAt: true, error: true, createdAt: true },
  });
  return { items, total, page, pageCount };
}
