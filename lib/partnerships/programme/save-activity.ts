import type { Database } from "@/lib/db/client";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { dayToDate } from "@/lib/dates/rome-calendar";
import { listPartnershipPeople } from "./list-partnership-people";
import { saveActivitySchema, type SaveActivityInput } from "./programme-schemas";
import { requireWritableAccess } from "./require-writable-access";

/**
 * Adds an activity or milestone, or edits one (with activityId). Both partners and staff
 * may; the owner must be a person of this partnership. Returns the activity's id.
 */
export async function saveActivity(db: Database, viewer: PartnershipViewer, input: SaveActivityInput): Promise<{ id: string }> {
  const data = saveActivitySchema.parse(input);
  return db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    if (data.ownerId !== "") {
      const people = await listPartnershipPeople(tx, access);
      if (!people.some((person) => person.id === data.ownerId)) throw new ValidationError("ownerNotInPartnership", "ownerId");
    }
    const values = {
      kind: data.kind,
      title: data.title,
      description: data.description === "" ? null : data.description,
      startsOn: data.startsOn === "" ? null : dayToDate(data.startsOn),
      dueOn: dayToDate(data.dueOn),
      ownerId: data.ownerId === "" ? null : data.ownerId,
      ownerSide: data.ownerSide === "" ? null : data.ownerSide,
    };
    let id = data.activityId;
    if (id === "") {
      id = (await tx.activity.create({ data: { partnershipId: access.partnershipId, ...values }, select: { id: true } })).id;
    } else {
      // The partnership is part of the match: another partnership's activity id finds nothing.
      const { count } = await tx.activity.updateMany({ where: { id, partnershipId: access.partnershipId }, data: values });
      if (count === 0) throw new NotFoundError("Activity not found.");
    }
    await touchPartnership(tx, access.partnershipId);
    return { id };
  });
}
