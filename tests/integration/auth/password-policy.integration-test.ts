import { passwordProblem } from "@/lib/auth/password-policy";

// No database: "integration" because it loads zxcvbn's real dictionaries (a few MB).
describe("passwordProblem (the one password policy)", () => {
  const context = { email: "mario.rossi@example.it", name: "Mario Rossi", organizationName: "Pane Condiviso" };

  it.each([
    ["short", "passwordTooShort"],
    ["password1234", "passwordCommon"],
    ["123456789012", "passwordCommon"],
    ["qwertyuiopas", "passwordCommon"],
    ["insiemeinsieme", "passwordIsPersonal"],
    ["passwordpassword", "passwordRepeated"],
    ["mario.rossi@example.it", "passwordIsEmail"],
    ["MarioRossi2026!", "passwordIsPersonal"],
    ["panecondiviso1", "passwordIsPersonal"],
  ])("refuses %s (%s)", async (password, problem) => {
    expect(await passwordProblem(password, context)).toBe(problem);
  });

  it("refuses an Italian word padded to length", async () => {
    expect(await passwordProblem("benvenuto123", context)).not.toBeNull();
  });

  it("accepts a few random words, and long passphrases in Italian", async () => {
    expect(await passwordProblem("cavallo-batteria-graffetta", context)).toBeNull();
    expect(await passwordProblem("una frase lunga e segreta", context)).toBeNull();
    expect(await passwordProblem("Tr0ub4dour&3xyz", context)).toBeNull();
  });
});
