import { Notice } from "@/components/ui/notice";
import { formatDate } from "@/components/ui/format-date";
import type { OrganizationStatus } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";

/** Where the organisation stands: draft, waiting for review, changes requested (with the staff's note), active… */
export function StatusNotice({
  status,
  submittedAt,
  reviewNote,
  locale,
  t,
}: {
  status: OrganizationStatus;
  submittedAt: Date | null;
  reviewNote: string | null;
  locale: Locale;
  t: Messages["questionnaire"];
}) {
  const s = t.status;
  if (status === "CHANGES_REQUESTED") {
    return (
      <Notice tone="warning">
        <p className="font-semibold">{s.changesRequested}</p>
        {reviewNote ? (
          <div className="mt-2">
            <p className="font-semibold">{s.staffNote}:</p>
            <blockquote className="mt-1 whitespace-pre-line border-l-2 border-warning pl-3">{reviewNote}</blockquote>
          </div>
        ) : null}
      </Notice>
    );
  }
  if (status === "ACTIVE") return <Notice tone="success">{s.active}</Notice>;
  if (status === "REJECTED") {
    return (
      <Notice tone="error">
        <p>{s.rejected}</p>
        {reviewNote ? <p className="mt-2 whitespace-pre-line">{reviewNote}</p> : null}
      </Notice>
    );
  }
  if (status === "SUSPENDED") return <Notice tone="error">{s.suspended}</Notice>;
  return submittedAt ? <Notice tone="info">{format(s.pending, { date: formatDate(submittedAt, locale) })}</Notice> : <Notice tone="info">{s.draft}</Notice>;
}
