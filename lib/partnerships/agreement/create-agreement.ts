import { dayToDate } from "@/lib/dates/rome-calendar";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { createAgreementSchema, type CreateAgreementInput } from "./agreement-schema";
import { buildAgreementTemplate } from "./agreement-template";

/**
 * Creates the partnership's agreement from the template, in the creator's language,
 * already naming the parties and the common goal. Either partner or staff may create it;
 * there is one per partnership (a second attempt is a ConflictError: someone was faster).
 */
export async function createAgreement(
  db: Database,
  viewer: PartnershipViewer,
  rawInput: CreateAgreementInput,
  options: { locale: Locale; now?: Date },
): Promise<{ id: string; revision: number }> {
  const input = createAgreementSchema.parse(rawInput);
  const now = options.now ?? new Date();
  const created = db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.closed) throw new ForbiddenError("closed");
    const partnership = await tx.partnership.findUniqueOrThrow({
      where: { id: access.partnershipId },
      select: { title: true, commonGoal: true, company: { select: { name: true } }, nonprofit: { select: { name: true } }, agreement: { select: { id: true } } },
    });
    if (partnership.agreement) throw new ConflictError("The agreement already exists.");
    const content = buildAgreementTemplate({
      locale: options.locale,
      title: partnership.title,
      companyName: partnership.company.name,
      nonprofitName: partnership.nonprofit.name,
      commonGoal: partnership.commonGoal,
      today: now,
    });
    const created = await tx.agreement.create({
      data: {
        ...content,
        partnershipId: access.partnershipId,
        startsOn: dayToDate(content.startsOn),
        endsOn: dayToDate(content.endsOn),
        updatedById: viewer.userId,
      },
      select: { id: true, revision: true },
    });
    await recordAudit(tx, { actorId: viewer.userId, action: "agreement.created", targetType: "Partnership", targetId: access.partnershipId, after: { revision: created.revision } });
    await touchPartnership(tx, access.partnershipId, now);
    return created;
  });
  // Two people creating it at the same moment: the unique partnershipId lets only one through.
  return created.catch((error: unknown) => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError("The agreement already exists.");
    throw error;
  });
}
