import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { PASSWORD_MIN_LENGTH } from "@/lib/signup/constants";

// The one password policy, for signup, reset and (later) the account page. The length rule
// lives in the shared zod schema too (newPasswordSchema), so the form checks it at once;
// the strength check runs only in services, which answer a ValidationError on the
// `password` field: zxcvbn's dictionaries are megabytes and stay out of the browser (no
// client component imports this module; `npm run admin:create` does, so it is not marked
// server-only), loaded on the first check, not at start-up.
/** zxcvbn's score 3: "safely unguessable", about 10^10 guesses. */
const MIN_SCORE = 3;

/** Why a password is refused: keys of the `signup.validation` catalog (it + en). */
export type PasswordProblem =
  | "passwordTooShort"
  | "passwordIsEmail"
  | "passwordIsPersonal"
  | "passwordCommon"
  | "passwordRepeated"
  | "passwordSequence"
  | "passwordWeak";

/** What the user typed elsewhere: a password built from it is refused. */
export type PasswordContext = { email?: string; name?: string; organizationName?: string };

let checker: Promise<ZxcvbnFactory> | undefined;

function loadChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, italian, english] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-it"),
      import("@zxcvbn-ts/language-en"),
    ]);
    const prefixed = (prefix: string, dictionary: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(dictionary).map(([name, words]) => [`${prefix}-${name}`, words]));
    return new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...prefixed("it", italian.dictionary), ...prefixed("en", english.dictionary) },
      graphs: common.adjacencyGraphs,
      useLevenshteinDistance: true,
    });
  })();
  return checker;
}

/** The words of the context, whole and split, so "mario.rossi@x.it" also rules out "rossi". */
function contextWords(context: PasswordContext): string[] {
  const values = [context.email, context.name, context.organizationName].filter((value): value is string => Boolean(value));
  const parts = values.flatMap((value) => value.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((part) => part.length >= 3);
  return [...new Set([...values.map((value) => value.toLowerCase()), ...parts, "insieme", "csv", "pavia"])];
}

const PROBLEM_OF_WARNING: Record<string, PasswordProblem> = {
  userInputs: "passwordIsPersonal",
  common: "passwordCommon",
  similarToCommon: "passwordCommon",
  topTen: "passwordCommon",
  topHundred: "passwordCommon",
  wordByItself: "passwordCommon",
  namesByThemselves: "passwordCommon",
  commonNames: "passwordCommon",
  pwned: "passwordCommon",
  simpleRepeat: "passwordRepeated",
  extendedRepeat: "passwordRepeated",
  sequences: "passwordSequence",
  straightRow: "passwordSequence",
  keyPattern: "passwordSequence",
};

/** Null when the password is acceptable, else the reason to show under the field. */
export async function passwordProblem(password: string, context: PasswordContext = {}): Promise<PasswordProblem | null> {
  if (password.length < PASSWORD_MIN_LENGTH) return "passwordTooShort";
  const words = contextWords(context);
  const lowered = password.toLowerCase();
  if (context.email && lowered.trim() === context.email.toLowerCase()) return "passwordIsEmail";
  // zxcvbn rates a context word by its rarity, so a random-looking e-mail repeated twice
  // passes it: refuse outright a password that is little more than the context.
  const rest = words.filter((word) => word.length >= 3).reduce((remaining, word) => remaining.replaceAll(word, ""), lowered);
  if (rest.replace(/[^\p{L}\p{N}]/gu, "").length < 6) return "passwordIsPersonal";
  const result = (await loadChecker()).check(password.slice(0, 100), words);
  if (result.score >= MIN_SCORE) return null;
  return PROBLEM_OF_WARNING[result.feedback.warning ?? ""] ?? "passwordWeak";
}
