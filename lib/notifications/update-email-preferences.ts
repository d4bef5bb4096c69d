import type { Database } from "@/lib/db/client";
import { EMAIL_KINDS } from "./email-kinds";
import type { EmailPreferencesInput } from "./email-preferences-schema";

/**
 * Saves the actor's choice for every kind of e-mail, all or nothing. Only the actor's own
 * rows: the user id comes from the session, never from the form. A notification already
 * waiting for the digest stays there, unless its kind is now "never" (send-daily-digests.ts).
 */
export async function updateEmailPreferences(db: Database, actor: { id: string }, input: EmailPreferencesInput): Promise<void> {
  await db.$transaction(
    EMAIL_KINDS.map((kind) =>
      db.notificationPreference.upsert({
        where: { userId_kind: { userId: actor.id, kind } },
        create: { userId: actor.id, kind, delivery: input[kind] },
        update: { delivery: input[kind] },
        select: { kind: true },
      }),
    ),
  );
}
