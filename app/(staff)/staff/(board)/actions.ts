"use server";

import { db } from "@/lib/db";
import { defineAction } from "@/lib/actions/define-action";
import { assignStaffOwner } from "@/lib/partnerships/board/assign-staff-owner";
import { assignStaffOwnerSchema } from "@/lib/partnerships/board/assign-staff-owner-schema";
import { setColumnSoftLimitSchema } from "@/lib/partnerships/board/column-soft-limit-schema";
import { setColumnSoftLimit } from "@/lib/partnerships/board/set-column-soft-limit";

/** A column's soft limit, from the small form in its header. */
export const setColumnSoftLimitAction = defineAction({
  caller: "staff",
  schema: setColumnSoftLimitSchema,
  run: (staff, data) => setColumnSoftLimit(db, staff, data),
  revalidate: ["/staff"],
});

/** The staff owner of a partnership, from the card's menu. */
export const assignStaffOwnerAction = defineAction({
  caller: "staff",
  schema: assignStaffOwnerSchema,
  run: (staff, data) => assignStaffOwner(db, staff, data),
  revalidate: (data) => ["/staff", `/staff/partnerships/${data.partnershipId}`],
});
