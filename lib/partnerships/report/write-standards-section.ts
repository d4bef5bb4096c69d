import type { Messages } from "@/lib/i18n/get-messages";
import type { PdfWriter } from "@/lib/pdf/pdf-writer";

/**
 * The closing section of both impact reports (one partnership, the whole programme): where
 * the figures feed the company's sustainability report (GRI 413-1, VSME) and the
 * nonprofit's bilancio sociale. Sources of the mapping: README, "Impact reports".
 */
export function writeStandardsSection(pdf: PdfWriter, r: Messages["report"]["document"]): void {
  pdf.heading(r.standardsHeading, 2);
  pdf.paragraph(r.standardsLead, { muted: true });
  pdf.bullets([r.standardsGri, r.standardsVsme, r.standardsBilancio]);
}
