import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";
import { emailSchema, newPasswordSchema } from "@/lib/signup/signup-schema";
import { OPTIONAL_CONSENTS } from "@/lib/signup/constants";

// One schema per operation of the account page, shared by its forms and the server actions.
// Messages are keys of the `account.errors` catalog (or of `signup.validation` for the
// e-mail and password rules shared with signup).

const currentPassword = z.string().min(1, "currentPasswordRequired").max(200, "tooLong");

export const updateAccountProfileSchema = z.object({
  name: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  locale: z.enum(LOCALES, { message: "localeInvalid" }),
});
export type UpdateAccountProfileInput = z.infer<typeof updateAccountProfileSchema>;

export const changePasswordSchema = z
  .object({ currentPassword, newPassword: newPasswordSchema, confirmPassword: z.string().max(200, "tooLong") })
  .refine((data) => data.newPassword === data.confirmPassword, { path: ["confirmPassword"], message: "passwordsDiffer" });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const requestEmailChangeSchema = z.object({ newEmail: emailSchema, currentPassword });
export type RequestEmailChangeInput = z.infer<typeof requestEmailChangeSchema>;

export const confirmEmailChangeSchema = z.object({ token: z.string().min(1, "tokenInvalid").max(200, "tokenInvalid") });

export const withdrawConsentSchema = z.object({ kind: z.enum(OPTIONAL_CONSENTS, { message: "consentUnknown" }) });

/** The words to type are the same in both languages, so the check needs no locale. */
export const DELETE_CONFIRMATION_WORD = "ELIMINA";

export const deleteAccountSchema = z.object({
  currentPassword,
  confirmation: z
    .string()
    .trim()
    .refine((value) => value.toUpperCase() === DELETE_CONFIRMATION_WORD, "confirmationMismatch"),
});
export type DeleteAccountInput = z.infer<typeof deleteAccountSchema>;

export const requestOrganizationClosureSchema = z.object({ organizationId: z.string().min(1).max(100), currentPassword });

export const confirmOrganizationClosureSchema = z.object({ organizationId: z.string().min(1).max(100) });
