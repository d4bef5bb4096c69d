"use server";

import { db } from "@/lib/db";
import { LANDING_PAGES } from "@/lib/actions/landing-pages";
import { definePartnershipAction } from "@/lib/actions/partnership-action";
import { deleteDocumentSchema } from "@/lib/partnerships/documents/document-schemas";
import { deletePartnershipDocument } from "@/lib/partnerships/documents/delete-partnership-document";

/** Removes a document: its uploader or staff. */
export const deleteDocumentAction = definePartnershipAction(deleteDocumentSchema, (viewer, data) => deletePartnershipDocument(db, viewer, data), {
  revalidate: LANDING_PAGES,
});
