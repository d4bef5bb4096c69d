import type { Database } from "@/lib/db/client";
import { NotFoundError } from "@/lib/errors";
import type { PartnershipViewer } from "../access/partnership-viewer";
import { touchPartnership } from "../access/touch-partnership";
import { dayToDate } from "@/lib/dates/rome-calendar";
import { requireWritableAccess } from "../programme/require-writable-access";
import { saveCommunicationItemSchema, type SaveCommunicationItemInput } from "./communication-schemas";

/** Adds an item to the communication plan, or edits one (status and link included). */
export async function saveCommunicationItem(db: Database, viewer: PartnershipViewer, input: SaveCommunicationItemInput): Promise<{ id: string }> {
  const data = saveCommunicationItemSchema.parse(input);
  return db.$transaction(async (tx) => {
    const access = await requireWritableAccess(tx, viewer, data.partnershipId);
    const values = {
      channel: data.channel,
      title: data.title,
      plannedOn: dayToDate(data.plannedOn),
      status: data.status,
      link: data.link === "" ? null : data.link,
    };
    let id = data.itemId;
    if (id === "") {
      id = (await tx.communicationItem.create({ data: { partnershipId: access.partnershipId, ...values }, select: { id: true } })).id;
    } else {
      const { count } = await tx.communicationItem.updateMany({ where: { id, partnershipId: access.partnershipId }, data: values });
      if (count === 0) throw new NotFoundError("Communication item not found.");
    }
    await touchPartnership(tx, access.partnershipId);
    return { id };
  });
}
