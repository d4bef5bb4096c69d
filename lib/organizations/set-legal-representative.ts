import { z } from "zod";
import { recordAudit } from "@/lib/audit/record-audit";
import { isStaffRole } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";

export const setLegalRepresentativeSchema = z.object({
  organizationId: z.string().min(1).max(64),
  userId: z.string().min(1).max(64),
  isLegalRepresentative: z.boolean(),
});
export type SetLegalRepresentativeInput = z.input<typeof setLegalRepresentativeSchema>;

/** Whoever changes it: CSV staff, or a user who must be an OWNER of the organisation. */
export type RepresentativeEditor = { id: string; role: Role };

/**
 * Marks whether a member is a legal representative of its organisation: only they accept
 * agreements for it. Staff may set it for any organisation, an owner only for its own;
 * anyone else is refused. A member of another organisation is simply not found.
 *
 * @throws ForbiddenError the editor is neither staff nor an owner of the organisation
 * @throws NotFoundError no such member in that organisation
 */
export async function setLegalRepresentative(db: Database, editor: RepresentativeEditor, rawInput: SetLegalRepresentativeInput): Promise<void> {
  const input = setLegalRepresentativeSchema.parse(rawInput);
  await db.$transaction(async (tx) => {
    if (!isStaffRole(editor.role)) {
      const own = await tx.membership.findUnique({
        where: { userId_organizationId: { userId: editor.id, organizationId: input.organizationId } },
        select: { role: true },
      });
      if (own?.role !== "OWNER") throw new ForbiddenError("Only an owner of the organisation or CSV staff choose its representatives.");
    }
    const { count } = await tx.membership.updateMany({
      where: { userId: input.userId, organizationId: input.organizationId },
      data: { isLegalRepresentative: input.isLegalRepresentative },
    });
    if (count === 0) throw new NotFoundError("Member not found.");
    await recordAudit(tx, {
      actorId: editor.id,
      action: "membership.legal-representative",
      targetType: "Organization",
      targetId: input.organizationId,
      after: { userId: input.userId, isLegalRepresentative: input.isLegalRepresentative },
    });
  });
}
