import { PASSWORD_MIN_LENGTH } from "@/lib/signup/constants";

export type PasswordProblem = "passwordTooShort" | "passwordTooLong" | "passwordIsEmail";

/**
 * What is wrong with a new password, as message keys; empty when it is acceptable. Every
 * rule for a new password lives here, so a strength estimate can join in one place.
 */
export function passwordProblems(password: string, context: { email?: string } = {}): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push("passwordTooShort");
  if (password.length > 200) problems.push("passwordTooLong");
  if (context.email && password.trim().toLowerCase() === context.email.trim().toLowerCase()) problems.push("passwordIsEmail");
  return problems;
}
