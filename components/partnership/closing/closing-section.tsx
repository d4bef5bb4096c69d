import Link from "next/link";
import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { getClosing } from "@/lib/partnerships/closing/get-closing";
import type { SectionProps } from "../section-props";
import { RenewForm } from "./renew-form";

/** On the overview of a closed partnership: renew a completed one, or read why it was discontinued. */
export async function ClosingSection({ access, t, basePath }: SectionProps) {
  if (!access.closed) return null;
  const closing = await getClosing(db, access.viewer, access.partnershipId);
  const c = t.closing;
  if (closing.phase === "DISCONTINUED") {
    return (
      <section aria-labelledby="closing-title" className="rounded-lg border border-line p-4 sm:p-6">
        <h2 id="closing-title" className="text-2xl font-bold">{c.discontinuedTitle}</h2>
        <dl className="mt-3">
          <dt className="font-semibold">{c.reason}</dt>
          <dd className="max-w-3xl whitespace-pre-line">{closing.discontinuedReason ?? c.noReason}</dd>
        </dl>
        <p className="mt-3 max-w-3xl text-muted">{c.discontinuedLead}</p>
      </section>
    );
  }
  const siblingPath = (id: string) => basePath.replace(/[^/]+$/, id);
  return (
    <section aria-labelledby="closing-title" className="rounded-lg border border-line p-4 sm:p-6">
      <h2 id="closing-title" className="text-2xl font-bold">{c.completedTitle}</h2>
      {closing.renewal ? (
        <>
          <p className="mt-2">{c.renewedAlready}</p>
          <p className="mt-2"><Link href={siblingPath(closing.renewal.id)}>{format(c.openRenewal, { title: closing.renewal.title })}</Link></p>
        </>
      ) : (
        <>
          <p className="mt-2 max-w-3xl">{c.completedLead}</p>
          {closing.proposedRenewal ? (
            <RenewForm t={c} titleGoal={t.titleGoal} forms={t.forms} partnershipId={access.partnershipId} proposed={closing.proposedRenewal} />
          ) : null}
        </>
      )}
    </section>
  );
}
