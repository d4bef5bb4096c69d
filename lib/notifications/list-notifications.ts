import type { Database } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locales";
import { renderNotification } from "./render-notification";

export type NotificationItem = {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  read: boolean;
  createdAt: Date;
};

const DEFAULT_LIMIT = 50;

/** The actor's own notifications, newest first, rendered in `locale`. */
export async function listNotifications(
  db: Database,
  actor: { id: string },
  options: { locale: Locale; limit?: number },
): Promise<{ items: NotificationItem[]; unread: number }> {
  const [rows, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: actor.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: options.limit ?? DEFAULT_LIMIT,
      select: { id: true, kind: true, params: true, link: true, readAt: true, createdAt: true },
    }),
    db.notification.count({ where: { userId: actor.id, readAt: null } }),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    ...renderNotification(row.kind, row.params, options.locale),
    link: row.link,
    read: row.readAt !== null,
    createdAt: row.createdAt,
  }));
  return { items, unread };
}
