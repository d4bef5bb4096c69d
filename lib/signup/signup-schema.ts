import { z } from "zod";
import { optionalText } from "@/lib/validation/optional-text";
import { isValidPartitaIva, isValidPersonTaxCode, normalizeTaxCode } from "@/lib/tax-codes";
import { PASSWORD_MIN_LENGTH } from "./constants";

// Shared by the signup form (react-hook-form) and the server action. Messages are keys of
// the `signup.validation` catalog (or of the shared `validation` one), translated where shown.

const ELEVEN_DIGITS = /^\d{11}$/;
const SIXTEEN_CHARACTERS = /^[A-Z0-9]{16}$/;

/** Which problem a (normalised) tax code has, or null if it is a valid one. */
export function taxCodeProblem(taxCode: string): string | null {
  if (taxCode === "") return "taxCodeRequired";
  // A partita IVA and an organisation's numeric codice fiscale share the format and the check digit.
  if (ELEVEN_DIGITS.test(taxCode)) return isValidPartitaIva(taxCode) ? null : "taxCodeCheckDigit";
  // A person's codice fiscale: a ditta individuale signs up with its owner's.
  if (SIXTEEN_CHARACTERS.test(taxCode)) return isValidPersonTaxCode(taxCode) ? null : "personTaxCodeInvalid";
  return "taxCodeFormat";
}

export const taxCodeSchema = z
  .string()
  .transform(normalizeTaxCode)
  .superRefine((value, context) => {
    const problem = taxCodeProblem(value);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "emailRequired")
  .max(254, "tooLong")
  .pipe(z.email("emailInvalid"));

export const newPasswordSchema = z
  .string()
  .min(1, "passwordRequired")
  .min(PASSWORD_MIN_LENGTH, "passwordTooShort")
  .max(200, "tooLong");

/** A checkbox: `true` from react-hook-form, "on" from a submitted form, absent when unticked. */
const checkbox = z.preprocess((value) => value === true || value === "on" || value === "true", z.boolean());

const PHONE = /^\+?[0-9 ./-]{6,20}$/;

// The fields, with the comune as the browser can check it: present and not absurdly long.
// The server resolves it against the national table (signup-server-schema.ts), which
// therefore never reaches the browser.
export const signupFields = {
  kind: z.enum(["COMPANY", "NONPROFIT"], { message: "kindRequired" }),
  organizationName: z.string().trim().min(2, "organizationNameRequired").max(200, "tooLong"),
  taxCode: taxCodeSchema,
  comune: z.string().trim().min(1, "comuneRequired").max(100, "tooLong"),
  phone: optionalText(30).refine((value) => value === undefined || PHONE.test(value), "phoneInvalid"),
  website: optionalText(300)
    .transform((value) => (value && !/^https?:\/\//i.test(value) ? `https://${value}` : value))
    .refine((value) => value === undefined || z.url({ protocol: /^https?$/ }).safeParse(value).success, "websiteInvalid"),
  name: z.string().trim().min(2, "nameRequired").max(120, "tooLong"),
  email: emailSchema,
  password: newPasswordSchema,
  privacyConsent: checkbox.refine((value) => value, "privacyRequired"),
  newsletterConsent: checkbox,
};

/** The rules across fields, the same in the browser and on the server. */
export function withSignupRules<T extends z.ZodType<{ password: string; email: string }>>(schema: T): T {
  return schema.superRefine((value, context) => {
    if (value.password.trim().toLowerCase() === value.email) {
      context.addIssue({ code: "custom", path: ["password"], message: "passwordIsEmail" });
    }
  });
}

/** The signup form's schema (react-hook-form in the browser). */
export const signupSchema = withSignupRules(z.object(signupFields));

export type SignupFormValues = z.input<typeof signupSchema>;
export type SignupInput = z.output<typeof signupSchema>;

export const emailRequestSchema = z.object({ email: emailSchema });
export type EmailRequestInput = z.output<typeof emailRequestSchema>;

export const resetPasswordSchema = z.object({
  token: z.string().min(1, "tokenInvalid").max(200, "tokenInvalid"),
  password: newPasswordSchema,
});
export type ResetPasswordFormValues = z.input<typeof resetPasswordSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
