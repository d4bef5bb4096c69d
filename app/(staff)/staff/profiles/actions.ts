"use server";

import { failure, success } from "@/lib/actions/action-state";
import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { importProfiles } from "@/lib/profiles/exchange/import-profiles";
import { importFileSchema } from "@/lib/profiles/exchange/import-file-schema";

/**
 * Reads the uploaded file and hands its text to the all-or-nothing import. Success carries
 * the counts, a refused file every problem found (`data`), for the form to list.
 */
export const importProfilesAction = defineAction({
  caller: "staff",
  schema: importFileSchema,
  run: async (staff, { file }) => importProfiles(db, staff, { text: await file.text() }),
  revalidate: [["/staff", "layout"]],
  onSuccess: (result) =>
    result.ok
      ? success(undefined, { created: result.created, updated: result.updated })
      : { ...failure("importRejected", 400), data: result.errors },
});
