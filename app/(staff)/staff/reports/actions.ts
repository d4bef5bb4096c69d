"use server";

import { defineAction } from "@/lib/actions/define-action";
import { db } from "@/lib/db";
import { setVolunteerHourValue } from "@/lib/programme-settings/set-volunteer-hour-value";
import { volunteerHourValueSchema } from "@/lib/programme-settings/volunteer-hour-value";

/** The value of a volunteer hour, from the form on /staff/reports (staff only; the service checks again). */
export const setVolunteerHourValueAction = defineAction({
  caller: "staff",
  schema: volunteerHourValueSchema,
  run: (staff, data) => setVolunteerHourValue(db, staff, data),
  revalidate: ["/staff/reports"],
});
