import type { SessionUser } from "@/lib/auth/session-user";
import type { Database } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ForbiddenError } from "@/lib/errors";
import { type OutboxQuery, outboxQuerySchema } from "./outbox-query";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxEmailItem = {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: "PENDING" | "SENDING" | "SENT" | "FAILED";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
};

export type OutboxPage = { items: OutboxEmailItem[]; total: number; page: number; pageCount: number; query: OutboxQuery };

/**
 * The outbox, newest first, filtered by recipient/subject text and status, for CSV staff
 * only: it holds links that log people in (verification, password reset), so partners
 * must never read it.
 *
 * @throws ForbiddenError the caller is not staff
 */
export async function listOutbox(db: Database, actor: SessionUser, input: Partial<Record<keyof OutboxQuery, unknown>> = {}): Promise<OutboxPage> {
  if (actor.role !== "STAFF" && actor.role !== "ADMIN") throw new ForbiddenError("staff only");
  const query = outboxQuerySchema.parse(input);
  const where: Prisma.OutboxEmailWhereInput = {
    ...(query.status ? { status: query.status } : {}),
    ...(query.q
      ? { OR: [{ to: { contains: query.q, mode: "insensitive" } }, { subject: { contains: query.q, mode: "insensitive" } }] }
      : {}),
  };
  const total = await db.outboxEmail.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
  const page = Math.min(query.page, pageCount);
  const items = await db.outboxEmail.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * OUTBOX_PAGE_SIZE,
    take: OUTBOX_PAGE_SIZE,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, nextAttemptAt: true, lastError: true, sentAt: true, createdAt: true },
  });
  return { items, total, page, pageCount, query: { ...query, page } };
}
