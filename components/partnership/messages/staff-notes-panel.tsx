import { addStaffNoteAction } from "@/lib/actions/partnerships/add-staff-note";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PartnershipViewer } from "@/lib/partnerships/access/partnership-viewer";
import { listStaffNotes } from "@/lib/partnerships/messages/list-staff-notes";
import { MessageForm } from "./message-form";
import { formatDateTime } from "./format-date-time";

/**
 * CSV staff's internal notes. Rendered only in the staff view (the partner code path never
 * reaches it, and the service refuses partners anyway); it looks unlike the thread and says
 * in words that partners never see it.
 */
export async function StaffNotesPanel({ viewer, partnershipId, t, locale }: { viewer: PartnershipViewer; partnershipId: string; t: Messages; locale: Locale }) {
  const m = t.messages;
  const notes = await listStaffNotes(db, viewer, { partnershipId });
  return (
    <section aria-labelledby="staff-notes-title" className="space-y-4 rounded-lg border-2 border-dashed border-warning bg-amber-50 p-4 sm:p-6">
      <div>
        <h2 id="staff-notes-title" className="text-2xl font-bold">{m.notesTitle}</h2>
        <p className="mt-1 font-semibold">{m.notesWarning}</p>
      </div>
      {notes.length === 0 ? (
        <p className="text-muted">{m.notesEmpty}</p>
      ) : (
        <ul className="space-y-3">
          {notes.map((note) => (
            <li key={note.id} className="rounded-md border border-warning bg-white p-3">
              <p className="text-sm text-muted">
                {format(m.noteBy, { name: note.authorName ?? m.formerUser, date: formatDateTime(note.createdAt, locale) })}
              </p>
              <p className="mt-1 whitespace-pre-line">{note.body}</p>
            </li>
          ))}
        </ul>
      )}
      <MessageForm
        id="staff-note-body"
        partnershipId={partnershipId}
        label={m.noteLabel}
        hint={m.bodyHint}
        submitLabel={m.addNote}
        savedLabel={m.noteAdded}
        action={addStaffNoteAction}
        t={m}
        shared={t.partnership}
        forms={t.forms}
      />
    </section>
  );
}
