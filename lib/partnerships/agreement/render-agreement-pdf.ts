import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import { createPdfWriter } from "@/lib/pdf/pdf-writer";
import { buildAgreementDocument } from "./agreement-document";
import { formatDateTime } from "./document-format";
import type { AgreementView } from "./get-agreement";

/**
 * The agreement as a PDF: every article, then the acceptances of the current revision
 * (name, role, time in Europe/Rome, IP), the revision and when the file was generated.
 * Null when there is no agreement yet.
 */
export async function renderAgreementPdf(view: AgreementView, locale: Locale, now = new Date()): Promise<Uint8Array | null> {
  const document = buildAgreementDocument(view, locale);
  if (!document || !view.agreement) return null;
  const m = getMessages(locale).agreement.document;
  const revision = view.agreement.revision;
  const pdf = await createPdfWriter({
    title: `${document.title} ${document.subtitle}`,
    author: "Insieme · CSV Pavia",
    language: locale === "it" ? "it-IT" : "en-GB",
    footer: format(m.footer, { title: view.partnership.title, revision }),
    pageLabel: m.page,
  });
  pdf.heading(document.title, 1);
  pdf.paragraph(document.subtitle, { size: 12 });
  pdf.paragraph(document.preamble.join("\n"), { muted: true });
  pdf.paragraph(format(m.revision, { revision }), { muted: true });
  for (const article of document.articles) {
    pdf.heading(article.label, 2);
    for (const paragraph of article.paragraphs) pdf.paragraph(paragraph);
    for (const list of article.lists) {
      pdf.paragraph(list.title);
      pdf.bullets(list.items);
      if (list.note) pdf.paragraph(list.note, { muted: true });
    }
  }
  pdf.heading(m.acceptances, 2);
  const sides = (["COMPANY", "NONPROFIT"] as const).flatMap((side) => {
    const acceptance = view.current[side];
    return acceptance ? [{ side, acceptance }] : [];
  });
  if (sides.length === 0) pdf.paragraph(m.acceptancesNone);
  for (const { side, acceptance } of sides) {
    pdf.keyValues([
      [m.party, side === "COMPANY" ? view.partnership.company.name : view.partnership.nonprofit.name],
      [m.signer, acceptance.signerName],
      [m.role, acceptance.signerRole],
      [m.acceptedAt, formatDateTime(acceptance.acceptedAt, locale)],
      [m.ipAddress, acceptance.ipAddress],
    ]);
  }
  pdf.space(6);
  pdf.paragraph(`${format(m.revision, { revision })} · ${format(m.generatedAt, { date: formatDateTime(now, locale) })}`, { muted: true, size: 9 });
  return pdf.finish();
}
