"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { PARTNERSHIP_PAGES } from "@/lib/actions/partnership-action";
import { renewCalendarToken } from "@/lib/calendar/calendar-address";
import { db } from "@/lib/db";

// Creates the person's private calendar address, or replaces it: the old one stops working.
export const renewCalendarAddressAction = defineAction({
  caller: "user",
  schema: z.object({}),
  run: async (user) => {
    await renewCalendarToken(db, user.id);
  },
  revalidate: PARTNERSHIP_PAGES,
});
