import { emailRequestSchema, resetPasswordSchema, signupSchema, taxCodeProblem } from "@/lib/signup/signup-schema";
import { signupServerSchema } from "@/lib/signup/signup-server-schema";
import { partitaIvaCheckDigit, personTaxCodeCheckCharacter } from "@/lib/tax-codes";
import { signupFormValues } from "../../support/signup-builders";

// The server's schema: the form's, plus the comune resolved against the national table.
function messagesOf(values: Record<string, unknown>): Record<string, string> {
  const result = signupServerSchema.safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

// Computed with the official algorithms, so the test does not trust a copied number.
const PARTITA_IVA = `0192837465${partitaIvaCheckDigit("0192837465")}`;
const ORGANIZATION_CF = `9601234018${partitaIvaCheckDigit("9601234018")}`; // an association's numeric CF
const PERSON_CF = `RSSMRA85T10G388${personTaxCodeCheckCharacter("RSSMRA85T10G388")}`;

describe("signup schema", () => {
  it("accepts a complete company signup and normalises what was typed", () => {
    const parsed = signupServerSchema.parse(
      signupFormValues({ taxCode: ` ${PARTITA_IVA.slice(0, 5)} ${PARTITA_IVA.slice(5)} `, comune: "sannazzaro de burgondi", email: " Anna@Example.IT ", website: "www.esempio.it" }),
    );
    expect(parsed).toMatchObject({
      taxCode: PARTITA_IVA,
      comune: "Sannazzaro de' Burgondi",
      email: "anna@example.it",
      website: "https://www.esempio.it",
      privacyConsent: true,
      newsletterConsent: false,
    });
  });

  it.each([
    ["a partita IVA", PARTITA_IVA],
    ["an organisation's numeric codice fiscale", ORGANIZATION_CF],
    ["a person's codice fiscale (ditta individuale), in lower case", PERSON_CF.toLowerCase()],
  ])("accepts %s as tax code", (_label, taxCode) => {
    expect(messagesOf(signupFormValues({ taxCode }))).toEqual({});
  });

  it("names the problem of each wrong tax code", () => {
    const wrongDigit = `${PARTITA_IVA.slice(0, 10)}${(Number(PARTITA_IVA[10]) + 1) % 10}`;
    const wrongLetter = `${PERSON_CF.slice(0, 15)}${PERSON_CF[15] === "A" ? "B" : "A"}`;
    expect(taxCodeProblem(wrongDigit)).toBe("taxCodeCheckDigit");
    expect(taxCodeProblem(wrongLetter)).toBe("personTaxCodeInvalid");
    expect(taxCodeProblem("1234567")).toBe("taxCodeFormat");
    expect(taxCodeProblem("IT" + PARTITA_IVA)).toBe("taxCodeFormat");
    expect(taxCodeProblem("")).toBe("taxCodeRequired");
    expect(messagesOf(signupFormValues({ taxCode: wrongDigit }))).toEqual({ taxCode: "taxCodeCheckDigit" });
  });

  it("requires the privacy consent, ticked", () => {
    expect(messagesOf(signupFormValues({ privacyConsent: false }))).toEqual({ privacyConsent: "privacyRequired" });
    // A submitted HTML form sends "on" for a ticked box and nothing for an unticked one.
    const withoutBoxes: Partial<ReturnType<typeof signupFormValues>> = signupFormValues();
    delete withoutBoxes.privacyConsent;
    delete withoutBoxes.newsletterConsent;
    expect(messagesOf(withoutBoxes)).toEqual({ privacyConsent: "privacyRequired" });
    expect(signupSchema.parse({ ...withoutBoxes, privacyConsent: "on" })).toMatchObject({ privacyConsent: true, newsletterConsent: false });
  });

  it("keeps the optional consent separate and off unless ticked", () => {
    expect(signupSchema.parse(signupFormValues()).newsletterConsent).toBe(false);
    expect(signupSchema.parse(signupFormValues({ newsletterConsent: "on" as unknown as boolean })).newsletterConsent).toBe(true);
  });

  it("accepts any Italian comune and refuses an unknown, ambiguous or empty one", () => {
    for (const comune of ["Roma", "Piacenza", "Novara", "Bergamo"]) {
      expect(messagesOf(signupFormValues({ comune }))).toEqual({});
    }
    expect(messagesOf(signupFormValues({ comune: "Atlantide" }))).toEqual({ comune: "comuneUnknown" });
    expect(messagesOf(signupFormValues({ comune: "Castro" }))).toEqual({ comune: "comuneAmbiguous" });
    expect(messagesOf(signupFormValues({ comune: " " }))).toEqual({ comune: "comuneRequired" });
  });

  it("stores the official name, the province of a shared name, and today's comune for a former one", () => {
    expect(signupServerSchema.parse(signupFormValues({ comune: "castro (le)" })).comune).toBe("Castro (LE)");
    expect(signupServerSchema.parse(signupFormValues({ comune: "piacenza" })).comune).toBe("Piacenza");
    expect(signupServerSchema.parse(signupFormValues({ comune: "Ruino" })).comune).toBe("Colli Verdi");
  });

  it("leaves the comune's name to the server in the browser's schema (the table stays on the server)", () => {
    expect(signupSchema.safeParse(signupFormValues({ comune: "Atlantide" })).success).toBe(true);
    expect(signupSchema.safeParse(signupFormValues({ comune: "" })).error?.issues[0]?.message).toBe("comuneRequired");
  });

  it("wants a password of at least 12 characters that is not the e-mail", () => {
    expect(messagesOf(signupFormValues({ password: "corta-11chr" }))).toEqual({ password: "passwordTooShort" });
    expect(messagesOf(signupFormValues({ email: "mario.rossi@example.it", password: "Mario.Rossi@example.it" }))).toEqual({ password: "passwordIsEmail" });
  });

  it("checks kind, names, e-mail, phone and website", () => {
    expect(
      messagesOf(signupFormValues({ kind: "PUBLIC" as "COMPANY", organizationName: "", name: "", email: "non-una-email", phone: "chiamami", website: "not a site" })),
    ).toEqual({
      kind: "kindRequired",
      organizationName: "organizationNameRequired",
      name: "nameRequired",
      email: "emailInvalid",
      phone: "phoneInvalid",
      website: "websiteInvalid",
    });
    expect(signupSchema.parse(signupFormValues({ phone: "", website: "" }))).toMatchObject({ phone: undefined, website: undefined });
  });
});

describe("e-mail request and password reset schemas", () => {
  it("normalise the e-mail and require a long enough new password", () => {
    expect(emailRequestSchema.parse({ email: " A@B.IT " })).toEqual({ email: "a@b.it" });
    expect(resetPasswordSchema.safeParse({ token: "x", password: "breve" }).error?.issues[0]?.message).toBe("passwordTooShort");
    expect(resetPasswordSchema.safeParse({ token: "", password: "abbastanza-lunga" }).error?.issues[0]?.message).toBe("tokenInvalid");
  });
});
