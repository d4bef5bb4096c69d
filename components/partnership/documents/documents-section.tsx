import { Badge } from "@/components/ui/badge";
import { buttonStyles } from "@/components/ui/button-styles";
import { EmptyState } from "@/components/ui/empty-state";
import { ActionButton } from "@/components/ui/form";
import { formatDate } from "@/components/ui/format-date";
import { Notice } from "@/components/ui/notice";
import { deleteDocumentAction } from "@/lib/actions/partnerships/delete-document";
import { setDocumentInStoryAction } from "@/lib/actions/partnerships/set-document-in-story";
import { MAX_DOCUMENT_BYTES } from "@/lib/config/server-config";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import type { Locale } from "@/lib/i18n/locales";
import { listPartnershipDocuments } from "@/lib/partnerships/documents/list-partnership-documents";
import type { SectionProps } from "../section-props";
import { UploadDocumentForm } from "./upload-document-form";

function formatBytes(bytes: number, locale: Locale): string {
  const units = ["byte", "kilobyte", "megabyte"] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale === "it" ? "it-IT" : "en-GB", { style: "unit", unit: units[unit], unitDisplay: "short", maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}

/** The documents tab: every file the viewer may see, with download and delete, and the upload form. */
export async function DocumentsSection({ access, t, locale }: SectionProps) {
  const view = await listPartnershipDocuments(db, access.viewer, access.partnershipId);
  const d = t.documents;
  return (
    <section aria-labelledby="documents-title" className="space-y-6">
      <div>
        <h2 id="documents-title" className="text-2xl font-bold">{d.title}</h2>
        <p className="mt-1 max-w-3xl text-muted">{d.lead}</p>
        {view.documents.some((document) => document.canBeInStory) ? <p className="mt-1 max-w-3xl text-sm text-muted">{d.storyHint}</p> : null}
        <p className="mt-1 text-sm text-muted">{format(d.usage, { used: formatBytes(view.usedBytes, locale), quota: formatBytes(view.quotaBytes, locale) })}</p>
      </div>
      {view.documents.length === 0 ? (
        <EmptyState>{d.empty}</EmptyState>
      ) : (
        <ul aria-label={d.listLabel} className="space-y-3">
          {view.documents.map((document) => (
            <li key={document.id} className="rounded-lg border border-line bg-white p-4">
              <div className="flex flex-wrap items-center gap-2">
                <Badge tone="primary">{d.kinds[document.kind]}</Badge>
                {document.staffOnly ? <Badge tone="warning">{d.staffOnlyBadge}</Badge> : null}
                {document.inStory ? <Badge tone="success">{d.inStoryBadge}</Badge> : null}
              </div>
              <h3 className="mt-2 break-all text-lg font-bold">{document.filename}</h3>
              {document.description ? <p className="mt-1 max-w-3xl whitespace-pre-line">{document.description}</p> : null}
              <p className="mt-1 text-sm text-muted">
                {format(d.uploadedBy, { name: document.uploaderName ?? d.unknownUploader, date: formatDate(document.createdAt, locale), phase: t.phases[document.phase] })}
                {" · "}
                {formatBytes(document.sizeBytes, locale)}
              </p>
              <div className="mt-3 flex flex-wrap items-start gap-2">
                <a
                  href={`/partnerships/${access.partnershipId}/documents/${document.id}`}
                  download={document.filename}
                  aria-label={format(d.downloadLabel, { filename: document.filename })}
                  className={`${buttonStyles.secondary} no-underline`}
                >
                  {d.download}
                </a>
                {document.canBeInStory ? (
                  <ActionButton
                    action={setDocumentInStoryAction}
                    fields={{ partnershipId: access.partnershipId, documentId: document.id, inStory: document.inStory ? "false" : "true" }}
                    label={document.inStory ? d.removeFromStory : d.addToStory}
                    accessibleLabel={format(document.inStory ? d.removeFromStoryLabel : d.addToStoryLabel, { filename: document.filename })}
                    catalogues={[d.errors, t.forms]}
                  />
                ) : null}
                {document.canDelete ? (
                  <ActionButton
                    action={deleteDocumentAction}
                    fields={{ partnershipId: access.partnershipId, documentId: document.id }}
                    label={d.delete}
                    accessibleLabel={format(d.deleteLabel, { filename: document.filename })}
                    pendingLabel={d.deleting}
                    variant="danger"
                    catalogues={[d.errors, t.forms]}
                  />
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      {view.canUpload ? (
        <div className="rounded-lg border border-line p-4 sm:p-6">
          <UploadDocumentForm partnershipId={access.partnershipId} isStaff={view.isStaff} maxBytes={MAX_DOCUMENT_BYTES} maxLabel={formatBytes(MAX_DOCUMENT_BYTES, locale)} t={d} forms={t.forms} />
        </div>
      ) : (
        <Notice>{d.closedNotice}</Notice>
      )}
    </section>
  );
}
