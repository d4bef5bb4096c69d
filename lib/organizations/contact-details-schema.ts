import { z } from "zod";

// Shared by the contacts form and its server action. Messages are keys of
// t.workspace.contactErrors, resolved by the form.
const optional = <T extends z.ZodType<string>>(schema: T) => z.union([z.literal(""), schema]);

export const contactDetailsSchema = z.object({
  contactName: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  contactEmail: z.string().trim().toLowerCase().max(254, "tooLong").pipe(z.email("emailInvalid")),
  contactPhone: optional(z.string().trim().regex(/^\+?[0-9][0-9 ./-]{5,19}$/, "phoneInvalid")),
  website: optional(z.string().trim().max(200, "tooLong").pipe(z.url({ protocol: /^https?$/, error: "websiteInvalid" }))),
});

export type ContactDetailsInput = z.infer<typeof contactDetailsSchema>;

