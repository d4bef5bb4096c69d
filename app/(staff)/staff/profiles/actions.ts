"use server";

import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { importProfiles } from "@/lib/profiles/exchange/import-profiles";

export type ImportState =
  | { status: "idle" }
  | { status: "file-missing" | "file-too-large" }
  | { status: "imported"; created: number; updated: number }
  | { status: "rejected"; errors: { profileId: string | null; message: string }[] };

const MAX_BYTES = 2 * 1024 * 1024;

/** Reads the uploaded file and hands its text to the all-or-nothing import. */
export async function importProfilesAction(_state: ImportState, formData: FormData): Promise<ImportState> {
  const staff = await requireStaff();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { status: "file-missing" };
  if (file.size > MAX_BYTES) return { status: "file-too-large" };
  const result = await importProfiles(db, staff, { text: await file.text() });
  if (!result.ok) return { status: "rejected", errors: result.errors };
  revalidatePath("/staff", "layout");
  return { status: "imported", created: result.created, updated: result.updated };
}
