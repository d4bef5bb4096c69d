import { postMessageAction } from "@/lib/actions/partnerships/post-message";
import { EmptyState } from "@/components/ui/empty-state";
import { db } from "@/lib/db";
import { listPartnershipMessages, type PartnershipMessageView } from "@/lib/partnerships/messages/list-partnership-messages";
import type { Messages } from "@/lib/i18n/get-messages";
import type { SectionProps } from "../section-props";
import { formatDateTime } from "./format-date-time";
import { MessageForm } from "./message-form";
import { StaffNotesPanel } from "./staff-notes-panel";

function authorLine(message: PartnershipMessageView, t: Messages): string {
  const m = t.messages;
  if (!message.author) return m.formerUser;
  const where = message.author.affiliation === "STAFF" ? m.staff : (message.author.organizationName ?? t.partnership[message.author.affiliation === "COMPANY" ? "company" : "nonprofit"]);
  return `${message.author.name}${message.mine ? ` (${m.you})` : ""} · ${where}`;
}

/** The thread between the parties and staff (newest last), its composer, and — for staff only — the internal notes. */
export async function MessagesSection({ access, locale, t }: SectionProps) {
  const m = t.messages;
  const thread = await listPartnershipMessages(db, access.viewer, { partnershipId: access.partnershipId });
  return (
    <div className="space-y-10">
      <section aria-labelledby="messages-title" className="space-y-4">
        <div>
          <h2 id="messages-title" className="text-2xl font-bold">{m.title}</h2>
          <p className="mt-1 max-w-3xl text-muted">{m.lead}</p>
        </div>
        {thread.length === 0 ? (
          <EmptyState>{m.empty}</EmptyState>
        ) : (
          <ol aria-label={m.threadLabel} className="max-w-3xl space-y-3">
            {thread.map((message) => (
              <li key={message.id}>
                <article className={`rounded-lg border p-4 ${message.mine ? "border-primary bg-primary-soft sm:ml-12" : message.author?.affiliation === "STAFF" ? "border-line bg-surface sm:mr-12" : "border-line bg-white sm:mr-12"}`}>
                  <header className="flex flex-wrap justify-between gap-x-4 text-sm">
                    <p className="font-semibold">{authorLine(message, t)}</p>
                    <time dateTime={message.createdAt.toISOString()} className={message.mine ? "text-ink" : "text-muted"}>{formatDateTime(message.createdAt, locale)}</time>
                  </header>
                  <p className="mt-2 whitespace-pre-line break-words">{message.body}</p>
                </article>
              </li>
            ))}
          </ol>
        )}
        <div className="max-w-3xl">
          <MessageForm
            id="message-body"
            partnershipId={access.partnershipId}
            label={m.bodyLabel}
            hint={m.bodyHint}
            submitLabel={m.send}
            savedLabel={m.sent}
            action={postMessageAction}
            t={m}
            shared={t.partnership}
            forms={t.forms}
          />
        </div>
      </section>
      {access.isStaff ? <StaffNotesPanel viewer={access.viewer} partnershipId={access.partnershipId} t={t} locale={locale} /> : null}
    </div>
  );
}
