import type { Database } from "@/lib/db/client";
import { effectivePreferences } from "./email-kinds";
import type { EmailPreferencesInput } from "./email-preferences-schema";
import { loadEmailPreferences } from "./load-email-preferences";

/** The actor's own choice for every kind of e-mail, defaults filled in: what the preferences form starts from. */
export async function getEmailPreferences(db: Database, actor: { id: string }): Promise<EmailPreferencesInput> {
  const stored = (await loadEmailPreferences(db, [actor.id])).get(actor.id) ?? {};
  return effectivePreferences(stored);
}
