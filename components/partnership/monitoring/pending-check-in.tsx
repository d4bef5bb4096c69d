import { db } from "@/lib/db";
import { format } from "@/lib/i18n/define-section";
import { listPendingCheckIns } from "@/lib/partnerships/monitoring/list-pending-check-ins";
import type { SectionProps } from "../section-props";
import { CheckInForm } from "./check-in-form";
import { DismissCheckInForm } from "./dismiss-check-in-form";

/** At the top of the overview: the partner's side's open check-in as a short form, which may be declined with a reason. */
export async function PendingCheckIn({ access, t }: SectionProps) {
  if (!access.side) return null;
  const pending = await listPendingCheckIns(db, access.viewer, access.partnershipId);
  if (pending.length === 0) return null;
  const m = t.monitoring;
  const catalogues = [m.errors, t.partnership.formErrors, t.forms];
  return (
    <section aria-labelledby="check-in-title" className="rounded-lg border-2 border-primary bg-primary-soft/40 p-4 sm:p-6">
      <h2 id="check-in-title" className="text-2xl font-bold">{m.pendingTitle}</h2>
      <div className="mt-3 space-y-6">
        {pending.map((checkIn) => (
          <div key={checkIn.id} className="space-y-3">
            <CheckInForm
              t={m}
              catalogues={catalogues}
              optional={t.partnership.optional}
              partnershipId={access.partnershipId}
              checkInId={checkIn.id}
              question={format(m.pendingQuestion, { phase: t.phases[checkIn.phase] })}
            />
            <DismissCheckInForm t={m} catalogues={catalogues} partnershipId={access.partnershipId} checkInId={checkIn.id} />
          </div>
        ))}
      </div>
    </section>
  );
}
