import { todayInRome } from "@/lib/dates/rome-calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ValidationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { notificationEmail } from "@/lib/notifications/render-notification";
import { notify } from "@/lib/notifications/notify";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import { ensurePhaseChecklist } from "../checklist/ensure-phase-checklist";
import { positionBetween } from "../position-between";
import { renewPartnershipSchema, type RenewPartnershipInput } from "./closing-schemas";

/** The renewal's title: "<title> (rinnovo <year>)", the year as it is in Pavia. */
export function renewalTitle(title: string, now = new Date()): string {
  const year = todayInRome(now).slice(0, 4);
  return `${title} (rinnovo ${year})`;
}

/**
 * Renews a completed partnership: a new partnership between the same parties, with the
 * same common goal, starting again from planning (at the end of the board's first
 * column). A partnership is renewed once: renewedFromId is unique, so two people pressing
 * the button at once still make one renewal. Partners of either side or staff.
 */
export async function renewPartnership(db: Database, viewer: PartnershipViewer, rawInput: RenewPartnershipInput): Promise<{ id: string }> {
  const input = renewPartnershipSchema.parse(rawInput);
  const renewed = await db
    .$transaction(async (tx) => {
      const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
      if (access.phase !== "COMPLETED") throw new ValidationError("notCompleted", "form");
      const source = await tx.partnership.findUniqueOrThrow({
        where: { id: access.partnershipId },
        select: { id: true, title: true, commonGoal: true, companyId: true, nonprofitId: true, staffOwnerId: true, renewal: { select: { id: true } } },
      });
      if (source.renewal) throw new ValidationError("alreadyRenewed", "form");
      const last = await tx.partnership.findFirst({ where: { phase: "PLANNING" }, orderBy: { position: "desc" }, select: { position: true } });
      const now = new Date();
      const created = await tx.partnership.create({
        data: {
          title: input.title ?? renewalTitle(source.title, now),
          commonGoal: input.commonGoal ?? source.commonGoal,
          companyId: source.companyId,
          nonprofitId: source.nonprofitId,
          staffOwnerId: source.staffOwnerId,
          phase: "PLANNING",
          position: positionBetween(last?.position ?? null, null),
          renewedFromId: source.id,
          startedAt: now,
          phaseEnteredAt: now,
          lastActivityAt: now,
        },
        select: { id: true, title: true },
      });
      await ensurePhaseChecklist(tx, created.id, "PLANNING");
      await recordAudit(tx, {
        actorId: viewer.userId,
        action: "partnership.renew",
        targetType: "Partnership",
        targetId: created.id,
        after: { renewedFromId: source.id, title: created.title, commonGoal: input.commonGoal ?? source.commonGoal, goalRewritten: input.commonGoal !== undefined && input.commonGoal !== source.commonGoal, phase: "PLANNING" },
      });
      return { id: created.id, sourceTitle: source.title, organizationIds: [source.companyId, source.nonprofitId] };
    })
    .catch((error: unknown) => {
      // Someone renewed it a moment earlier: the unique renewedFromId refused the second one.
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError("alreadyRenewed", "form");
      throw error;
    });

  const kind = "partnership.renewed";
  const params = { partnershipTitle: renewed.sourceTitle };
  const link = `/workspace/partnerships/${renewed.id}`;
  await notify(db, { organizationIds: renewed.organizationIds, kind, params, link, email: notificationEmail(kind, params, link) });
  return { id: renewed.id };
}
