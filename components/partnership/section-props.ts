import type { Locale } from "@/lib/i18n/locales";
import type { Messages } from "@/lib/i18n/get-messages";
import type { PartnershipAccess } from "@/lib/partnerships/access/partnership-viewer";

/**
 * What the page gives every section of a partnership: the resolved access (never a raw
 * id: access was checked once, for this viewer), the language and its messages, and the
 * page's own path (for links between tabs).
 */
export type SectionProps = {
  access: PartnershipAccess;
  locale: Locale;
  t: Messages;
  basePath: string;
};
