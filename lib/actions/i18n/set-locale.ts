"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { rememberLocale } from "@/lib/i18n/remember-locale";
import { LOCALES } from "@/lib/i18n/locales";

// The language switch of every page's header. Setting a cookie in an action makes Next render
// the page again, now in the chosen language.
export const setLocaleAction = defineAction({
  caller: "visitor",
  schema: z.object({ locale: z.enum(LOCALES) }),
  run: (_visitor, { locale }) => rememberLocale(locale),
});
