import { recordAudit } from "@/lib/audit/record-audit";
import type { Database } from "@/lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import type { PartySide } from "@/lib/generated/prisma/enums";
import { requirePartnershipAccess } from "../access/require-partnership-access";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { acceptAgreementSchema, type AcceptAgreementInput } from "./agreement-schema";
import { notifyAgreement } from "./notify-agreement";

export type AcceptAgreementResult = { signedByBoth: boolean };

/**
 * A representative of one party accepts the current revision of the agreement for their
 * own organisation: name, role, time and the request's address are recorded. Only
 * partners accept, each only for its own side, and only a member marked as a legal
 * representative (Membership.isLegalRepresentative); staff never accept for a party. The
 * revision must be the one the signer read (ConflictError otherwise). The first
 * acceptance tells the other side; the second tells both and the CSV staff owner.
 */
export async function acceptAgreement(
  db: Database,
  viewer: PartnershipViewer,
  rawInput: AcceptAgreementInput,
  context: { ipAddress: string; now?: Date },
): Promise<AcceptAgreementResult> {
  const input = acceptAgreementSchema.parse(rawInput);
  const now = context.now ?? new Date();
  const ipAddress = (context.ipAddress || "unknown").slice(0, 64);
  const outcome = await db.$transaction(async (tx) => {
    const access = await requirePartnershipAccess(tx, viewer, input.partnershipId);
    if (access.isStaff || access.side === null) throw new ForbiddenError("Only a representative of a party accepts the agreement.");
    if (input.side !== access.side) throw new ForbiddenError("A party accepts only for itself.");
    if (access.closed) throw new ForbiddenError("closed");
    const organizationId = access.side === "COMPANY" ? access.companyId : access.nonprofitId;
    const membership = await tx.membership.findUnique({
      where: { userId_organizationId: { userId: viewer.userId, organizationId } },
      select: { isLegalRepresentative: true },
    });
    if (!membership?.isLegalRepresentative) {
      throw new ForbiddenError("Only a legal representative of the organisation accepts the agreement: ask an owner to mark you as one.");
    }
    const agreement = await tx.agreement.findUnique({ where: { partnershipId: access.partnershipId }, select: { id: true, revision: true } });
    if (!agreement) throw new NotFoundError("Agreement not found.");
    // Lock the agreement row at the revision the signer read: an edit committing meanwhile
    // either waits for this acceptance (and then cancels it) or makes this a conflict.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Agreement" WHERE id = ${agreement.id} AND revision = ${input.revision} FOR UPDATE`;
    if (locked.length === 0) throw new ConflictError("The agreement changed since it was read.");
    const active = await tx.agreementAcceptance.findMany({
      where: { agreementId: agreement.id, revision: input.revision, cancelledAt: null },
      select: { side: true },
    });
    const side: PartySide = access.side;
    if (active.some((acceptance) => acceptance.side === side)) throw new ValidationError("alreadyAccepted", "form");
    await tx.agreementAcceptance.create({
      data: { agreementId: agreement.id, revision: input.revision, side, userId: viewer.userId, signerName: input.signerName, signerRole: input.signerRole, ipAddress, acceptedAt: now },
    });
    await recordAudit(tx, {
      actorId: viewer.userId,
      action: "agreement.accepted",
      targetType: "Partnership",
      targetId: access.partnershipId,
      after: { revision: input.revision, side, signerName: input.signerName, signerRole: input.signerRole, ipAddress },
    });
    await touchPartnership(tx, access.partnershipId, now);
    const signedByBoth = active.some((acceptance) => acceptance.side !== side);
    return { access, side, signedByBoth };
  });

  const { access, side, signedByBoth } = outcome;
  const partnership = await db.partnership.findUniqueOrThrow({
    where: { id: access.partnershipId },
    select: { title: true, staffOwnerId: true, company: { select: { name: true } }, nonprofit: { select: { name: true } } },
  });
  const mine = side === "COMPANY" ? partnership.company.name : partnership.nonprofit.name;
  const params = { partnershipTitle: partnership.title, organizationName: mine };
  if (signedByBoth) {
    await notifyAgreement(db, "partnership.agreementSigned", {
      partnershipId: access.partnershipId,
      organizationIds: [access.companyId, access.nonprofitId],
      staffOwnerId: partnership.staffOwnerId,
      params,
    });
  } else {
    await notifyAgreement(db, "partnership.agreementAccepted", {
      partnershipId: access.partnershipId,
      organizationIds: [side === "COMPANY" ? access.nonprofitId : access.companyId],
      params,
    });
  }
  return { signedByBoth };
}
