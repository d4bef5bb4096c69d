import { loginSchema } from "@/lib/auth/login-schema";

describe("loginSchema", () => {
  it("normalises the e-mail", () => {
    expect(loginSchema.parse({ email: "  Staff@Insieme.Demo ", password: "x" })).toEqual({
      email: "staff@insieme.demo",
      password: "x",
    });
  });

  it("names the field and the catalog key of each problem", () => {
    const result = loginSchema.safeParse({ email: "not-an-email", password: "" });
    expect(result.success).toBe(false);
    const issues = result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);
    expect(issues).toEqual(expect.arrayContaining([["email", "emailInvalid"], ["password", "passwordRequired"]]));
  });

  it("refuses absurdly long input before hashing it", () => {
    expect(loginSchema.safeParse({ email: "a@b.it", password: "x".repeat(201) }).success).toBe(false);
  });
});
