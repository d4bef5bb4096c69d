import type { PartnerActor } from "@/lib/auth/actors";
import type { Database } from "@/lib/db/client";
import { setLegalRepresentative } from "@/lib/organizations/set-legal-representative";
import { assertOwner } from "./assert-owner";
import { limitMemberChanges } from "./member-limits";
import { setMemberRepresentativeSchema, type SetMemberRepresentativeInput } from "./member-schemas";

/**
 * An owner marks whether a member of its organisation is a legal representative (only they
 * accept agreements). The rule and the audit row are setLegalRepresentative()'s; this adds
 * the owner check before the rate limit, so a refused caller uses up nothing.
 *
 * @throws ForbiddenError "ownersOnly"
 * @throws NotFoundError no such member
 */
export async function setMemberRepresentative(db: Database, actor: PartnerActor, rawInput: SetMemberRepresentativeInput): Promise<void> {
  const input = setMemberRepresentativeSchema.parse(rawInput);
  await assertOwner(db, actor);
  await limitMemberChanges(db, actor.user.id);
  await setLegalRepresentative(db, { id: actor.user.id, role: "PARTNER" }, { organizationId: actor.organization.id, ...input });
}
