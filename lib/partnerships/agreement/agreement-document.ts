import { format } from "@/lib/i18n/define-section";
import { getMessages } from "@/lib/i18n/get-messages";
import type { Locale } from "@/lib/i18n/locales";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { formatDecimal, formatEuro } from "@/lib/money/format-amount";
import { formatDay } from "./document-format";
import type { AgreementView } from "./get-agreement";

export type AgreementArticle = {
  number: number;
  heading: string;
  /** "Art. 3 – Obiettivi", in the reader's language. */
  label: string;
  /** Each string is a paragraph; a paragraph may hold line breaks (lists written by the parties). */
  paragraphs: string[];
  /** A titled list under the paragraphs (contributions of one side, recorded indicators). */
  lists: { title: string; items: string[]; note?: string }[];
};

export type AgreementDocument = {
  title: string;
  subtitle: string;
  /** "between A and B, with the support of CSV Pavia". */
  preamble: string[];
  articles: AgreementArticle[];
};

/**
 * The agreement as a document, numbered article by article, in the reader's language: the
 * same structure for the on-page preview and the PDF. Pure: built from the view alone.
 */
export function buildAgreementDocument(view: AgreementView, locale: Locale): AgreementDocument | null {
  const agreement = view.agreement;
  if (!agreement) return null;
  const m = getMessages(locale).agreement.document;
  const { company, nonprofit } = view.partnership;
  const nameOf = (side: PartySide) => (side === "COMPANY" ? company.name : nonprofit.name);

  const contributionList = (side: PartySide) => {
    const lines = view.contributions[side];
    const items = lines.map((line) => {
      const value = line.valueCents !== null ? ` (${format(m.contributionValue, { amount: formatEuro(line.valueCents, locale) })})` : "";
      return `${m.kinds[line.kind]}: ${line.description}${value}`;
    });
    const total = lines.reduce((sum, line) => sum + (line.valueCents ?? 0), 0);
    return {
      title: format(m.contributionsOf, { name: nameOf(side) }),
      items: items.length > 0 ? items : [m.contributionsNone],
      ...(total > 0 ? { note: format(m.contributionsTotal, { name: nameOf(side), amount: formatEuro(total, locale) }) } : {}),
    };
  };

  const sections: Omit<AgreementArticle, "number" | "label">[] = [
    { heading: m.headings.parties, paragraphs: [format(m.partiesText, { company: company.name, nonprofit: nonprofit.name })], lists: [] },
    { heading: m.headings.goal, paragraphs: [view.partnership.commonGoal], lists: [] },
    { heading: m.headings.objectives, paragraphs: [agreement.objectives], lists: [] },
    { heading: m.headings.contributions, paragraphs: [], lists: [contributionList("COMPANY"), contributionList("NONPROFIT")] },
    { heading: m.headings.duration, paragraphs: [format(m.duration, { start: formatDay(agreement.startsOn, locale), end: formatDay(agreement.endsOn, locale) })], lists: [] },
    { heading: m.headings.responsibilities, paragraphs: [agreement.responsibilities], lists: [] },
    { heading: m.headings.communicationRules, paragraphs: [agreement.communicationRules], lists: [] },
    { heading: m.headings.logoUse, paragraphs: [agreement.logoUse], lists: [] },
    {
      heading: m.headings.indicators,
      paragraphs: [agreement.indicatorsText],
      lists:
        view.indicators.length > 0
          ? [
              {
                title: m.indicatorsListed,
                items: view.indicators.map((indicator) =>
                  format(m.indicatorLine, {
                    name: indicator.name,
                    unit: indicator.unit,
                    baseline: formatDecimal(indicator.baseline, locale),
                    target: indicator.target !== null ? formatDecimal(indicator.target, locale) : m.noTarget,
                  }),
                ),
              },
            ]
          : [],
    },
    { heading: m.headings.dataProtection, paragraphs: [agreement.dataProtection], lists: [] },
    { heading: m.headings.termination, paragraphs: [agreement.termination], lists: [] },
  ];

  return {
    title: m.title,
    subtitle: format(m.subtitle, { title: view.partnership.title }),
    preamble: [
      m.between,
      format(m.companyParty, { name: company.name, comune: company.comune }),
      m.and,
      format(m.nonprofitParty, { name: nonprofit.name, comune: nonprofit.comune }),
      m.facilitated,
    ],
    articles: sections.map((section, index) => ({ ...section, number: index + 1, label: format(m.article, { number: index + 1, heading: section.heading }) })),
  };
}
