import { invitedRole } from "@/lib/organizations/members/invitation-token";
import { acceptWithNewAccountSchema, inviteMemberSchema, inviteStaffSchema, setMemberRepresentativeSchema } from "@/lib/organizations/members/member-schemas";

const messages = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) =>
  Object.fromEntries(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]) ?? []);

describe("the member and invitation schemas", () => {
  it("store an invited address trimmed and lower-case, in Italian unless told otherwise", () => {
    expect(inviteMemberSchema.parse({ email: "  Anna.Verdi@Example.IT ", role: "MEMBER" })).toEqual({ email: "anna.verdi@example.it", role: "MEMBER", locale: "it" });
    expect(inviteMemberSchema.parse({ email: "a@example.it", role: "OWNER", locale: "en" }).locale).toBe("en");
  });

  it("let owners grant only organisation roles and administrators only staff roles", () => {
    expect(messages(inviteMemberSchema.safeParse({ email: "a@example.it", role: "ADMIN" }))).toEqual({ role: "roleRequired" });
    expect(messages(inviteStaffSchema.safeParse({ email: "a@example.it", role: "OWNER" }))).toEqual({ role: "roleRequired" });
    expect(messages(inviteMemberSchema.safeParse({ email: "not-an-address", role: "MEMBER", locale: "fr" }))).toEqual({ email: "emailInvalid", locale: expect.any(String) });
  });

  it("read the representative flag from a form's 'true'/'on' or a boolean, anything else meaning no", () => {
    for (const value of ["true", "on", true]) expect(setMemberRepresentativeSchema.parse({ userId: "u1", isLegalRepresentative: value }).isLegalRepresentative).toBe(true);
    for (const value of ["false", undefined, "yes please"]) expect(setMemberRepresentativeSchema.parse({ userId: "u1", isLegalRepresentative: value }).isLegalRepresentative).toBe(false);
  });

  it("ask a new account for a name, a long enough password and the privacy consent", () => {
    expect(messages(acceptWithNewAccountSchema.safeParse({ token: "x".repeat(43), name: "A", password: "corta", privacyConsent: "false" }))).toEqual({
      name: "nameRequired",
      password: "passwordTooShort",
      privacyConsent: "privacyRequired",
    });
    expect(messages(acceptWithNewAccountSchema.safeParse({ token: "short", name: "Anna Verdi", password: "x".repeat(12), privacyConsent: "on" }))).toEqual({ token: "invitationInvalid" });
  });

  it("name the role an invitation grants", () => {
    expect(invitedRole({ membershipRole: "OWNER", staffRole: null })).toBe("OWNER");
    expect(invitedRole({ membershipRole: null, staffRole: "ADMIN" })).toBe("ADMIN");
    expect(invitedRole({ membershipRole: null, staffRole: "STAFF" })).toBe("STAFF");
  });
});
