import { z } from "zod";

// Shared by the login form (react-hook-form) and the server (the credentials provider).
// Messages are keys of the `validation` catalog, translated where they are shown.
export const loginSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "emailRequired")
    .max(254, "tooLong")
    .pipe(z.email("emailInvalid")),
  password: z.string().min(1, "passwordRequired").max(200, "tooLong"),
});

export type LoginInput = z.infer<typeof loginSchema>;
