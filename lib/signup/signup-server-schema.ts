import "server-only";
import { z } from "zod";
import { findComune, formatComune, resolveComune } from "@/lib/geo";
import { signupFields, withSignupRules } from "./signup-schema";

// What the signup action parses: the form's schema, with the comune resolved against the
// national table and stored with the official spelling (and the province for a shared
// name), whatever the case or apostrophes typed; a former comune as the one it is part of today.
const resolvedComune = signupFields.comune
  .superRefine((value, context) => {
    if (!value) return;
    const lookup = resolveComune(value);
    if (lookup.status === "unknown") context.addIssue({ code: "custom", message: "comuneUnknown" });
    if (lookup.status === "ambiguous") context.addIssue({ code: "custom", message: "comuneAmbiguous" });
  })
  .transform((value) => {
    const comune = findComune(value);
    return comune ? formatComune(comune) : value;
  });

export const signupServerSchema = withSignupRules(z.object({ ...signupFields, comune: resolvedComune }));
