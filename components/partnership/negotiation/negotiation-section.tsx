import { Badge } from "@/components/ui/badge";
import { ActionButton } from "@/components/ui/form";
import { addContributionAction } from "@/lib/actions/partnerships/add-contribution";
import { removeContributionAction } from "@/lib/actions/partnerships/remove-contribution";
import { saveExpectationsAction } from "@/lib/actions/partnerships/save-expectations";
import { saveRolesAction } from "@/lib/actions/partnerships/save-roles";
import { db } from "@/lib/db";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { format } from "@/lib/i18n/define-section";
import { formatEuro } from "@/lib/money/format-amount";
import { getNegotiation } from "@/lib/partnerships/negotiation/get-negotiation";
import type { SectionProps } from "../section-props";
import { ContributionAddForm } from "./contribution-add-form";
import { TextBlockForm } from "./text-block-form";

const SIDES: PartySide[] = ["COMPANY", "NONPROFIT"];

/** Negotiation: each side's planned contributions with their euro total, expectations, and the shared roles. */
export async function NegotiationSection({ access, locale, t }: SectionProps) {
  const n = t.negotiation;
  const view = await getNegotiation(db, access.viewer, { partnershipId: access.partnershipId });
  const catalogues = [n.errors, t.partnership.formErrors, t.forms];
  const partnershipId = access.partnershipId;
  return (
    <div className="space-y-10">
      <section aria-labelledby="contributions-title" className="space-y-4">
        <div>
          <h2 id="contributions-title" className="text-2xl font-bold">{n.contributionsTitle}</h2>
          <p className="mt-1 max-w-3xl text-muted">{n.lead}</p>
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          {SIDES.map((side) => {
            const rows = view.contributions[side];
            const headingId = `contributions-${side.toLowerCase()}`;
            return (
              <section key={side} aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4">
                <h3 id={headingId} className="text-lg font-bold">{format(n.sideTitle, { name: view.parties[side] })}</h3>
                <p className="text-sm text-muted">{t.partnership[side === "COMPANY" ? "company" : "nonprofit"]}</p>
                {rows.length === 0 ? (
                  <p className="mt-3 text-muted">{view.editableSides.includes(side) && access.side ? n.noContributionsOwn : n.noContributions}</p>
                ) : (
                  <ul className="mt-3 divide-y divide-line">
                    {rows.map((row) => (
                      <li key={row.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
                        <div className="min-w-0 flex-1">
                          <Badge tone="primary">{n.kinds[row.kind]}</Badge>
                          <p className="mt-1">{row.description}</p>
                          <p className="text-sm font-semibold">{row.valueCents === null ? <span className="font-normal text-muted">{n.noValue}</span> : formatEuro(row.valueCents, locale)}</p>
                        </div>
                        {row.canRemove ? (
                          <ActionButton
                            action={removeContributionAction}
                            fields={{ partnershipId, contributionId: row.id }}
                            label={t.partnership.remove}
                            accessibleLabel={format(n.removeLabel, { description: row.description })}
                            variant="danger"
                            catalogues={catalogues}
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )}
                <p className="mt-3 border-t border-line pt-3 font-bold" data-testid={`total-${side.toLowerCase()}`}>
                  {format(n.total, { amount: formatEuro(view.totals[side], locale) })}
                </p>
              </section>
            );
          })}
        </div>
        {view.editableSides.length > 0 ? (
          <ContributionAddForm partnershipId={partnershipId} ownSide={access.side} parties={view.parties} action={addContributionAction} t={n} shared={t.partnership} forms={t.forms} />
        ) : null}
      </section>

      <section aria-labelledby="expectations-title" className="space-y-4">
        <h2 id="expectations-title" className="text-2xl font-bold">{n.expectationsTitle}</h2>
        <div className="grid gap-4 lg:grid-cols-2">
          {SIDES.map((side) => {
            const label = format(n.expectationsOf, { name: view.parties[side] });
            return (
              <div key={side} className="rounded-lg border border-line bg-white p-4">
                {view.editableSides.includes(side) ? (
                  <TextBlockForm
                    id={`expectations-${side.toLowerCase()}`}
                    label={label}
                    hint={n.expectationsHint}
                    saveLabel={n.saveExpectations}
                    values={{ partnershipId, side, text: view.expectations[side] ?? "" }}
                    action={saveExpectationsAction}
                    t={n}
                    shared={t.partnership}
                    forms={t.forms}
                  />
                ) : (
                  <>
                    <h3 className="font-semibold">{label}</h3>
                    <p className={`mt-2 whitespace-pre-line ${view.expectations[side] ? "" : "text-muted"}`}>{view.expectations[side] ?? n.noExpectations}</p>
                  </>
                )}
              </div>
            );
          })}
        </div>
      </section>

      <section aria-labelledby="roles-title" className="space-y-4">
        <h2 id="roles-title" className="text-2xl font-bold">{n.rolesTitle}</h2>
        <div className="max-w-3xl rounded-lg border border-line bg-white p-4">
          {view.canEditRoles ? (
            <TextBlockForm id="roles" label={n.rolesLabel} hint={n.rolesHint} saveLabel={n.saveRoles} values={{ partnershipId, text: view.roles ?? "" }} action={saveRolesAction} t={n} shared={t.partnership} forms={t.forms} />
          ) : (
            <p className={`whitespace-pre-line ${view.roles ? "" : "text-muted"}`}>{view.roles ?? n.noRoles}</p>
          )}
        </div>
      </section>
    </div>
  );
}
