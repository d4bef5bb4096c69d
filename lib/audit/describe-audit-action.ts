import { format } from "@/lib/i18n/define-section";
import type { Messages } from "@/lib/i18n/get-messages";
import { isAuditAction } from "./audit-actions";

/**
 * An audit row as a sentence in the reader's language ("Francesca Bellini ha inviato la
 * valutazione finale"). A row written by an older version under a kind that no longer
 * exists still reads as a sentence, never as a code.
 */
export function describeAuditAction(action: string, actorName: string | null, t: Messages["auditActions"]): string {
  const template = isAuditAction(action) ? t[action] : t.unknown;
  return format(template, { actor: actorName ?? t.system });
}
