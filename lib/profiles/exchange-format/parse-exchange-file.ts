import type { z } from "zod";
import type { EvaluationCase } from "../../match/evaluate";
import type { MatchProfile } from "../../match/types";
import { describeIssue } from "./describe-issue";
import { caseSchema, documentSchema, profileSchema } from "./schema";

export type ExchangeDocument = {
  version: 1;
  profiles: MatchProfile[];
  cases: EvaluationCase[];
};

/** One problem of a file: where it is (profile id or case), which field, what is wrong. */
export type ExchangeFormatError = {
  /** `profilo "c-07"`, `caso 2 (soggetto "c-07")` or `documento`. */
  where: string;
  profileId: string | null;
  field: string | null;
  message: string;
};

export type ParseResult = { ok: true; document: ExchangeDocument } | { ok: false; errors: ExchangeFormatError[] };

export function formatExchangeError(error: ExchangeFormatError): string {
  return error.field === null
    ? `${error.where}: ${error.message}`
    : `${error.where}: campo "${error.field}": ${error.message}`;
}

function fieldOf(path: readonly PropertyKey[]): string | null {
  const names = path.filter((p) => typeof p === "string");
  return names.length > 0 ? names.join(".") : null;
}

/** One error per issue; an unknown key becomes an error on that key, so it is named. */
function toErrors(
  issues: readonly z.core.$ZodIssue[],
  where: string,
  profileId: string | null,
): ExchangeFormatError[] {
  return issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({ where, profileId, field: key, message: describeIssue(issue) }))
      : [{ where, profileId, field: fieldOf(issue.path), message: describeIssue(issue) }],
  );
}

function describeProfile(raw: unknown, index: number): { where: string; id: string | null } {
  const id = typeof raw === "object" && raw !== null && "id" in raw ? raw.id : undefined;
  return typeof id === "string" && id.trim() !== ""
    ? { where: `profilo "${id}"`, id }
    : { where: `profilo n. ${index + 1} (senza id)`, id: null };
}

function checkCase(
  testCase: EvaluationCase,
  where: string,
  kinds: ReadonlyMap<string, MatchProfile["kind"]>,
  rejectedIds: ReadonlySet<string>,
  errors: ExchangeFormatError[],
): void {
  const subjectKind = kinds.get(testCase.subject);
  if (!subjectKind) {
    if (rejectedIds.has(testCase.subject)) return;
    errors.push({ where, profileId: null, field: "subject", message: `profilo "${testCase.subject}" inesistente` });
    return;
  }
  for (const field of ["ideal", "acceptable", "forbidden"] as const) {
    for (const id of testCase[field]) {
      const kind = kinds.get(id);
      if (!kind) {
        if (!rejectedIds.has(id)) errors.push({ where, profileId: null, field, message: `profilo "${id}" inesistente` });
      }
      else if (kind === subjectKind) {
        errors.push({ where, profileId: null, field, message: `"${id}" è dello stesso tipo del soggetto (${kind})` });
      }
    }
  }
}

/** Validates a parsed JSON value against the exchange format; never throws. */
export function parseExchangeDocument(input: unknown): ParseResult {
  const errors: ExchangeFormatError[] = [];
  const top = documentSchema.safeParse(input, { reportInput: true });
  if (!top.success) {
    return { ok: false, errors: toErrors(top.error.issues, "documento", null) };
  }

  const profiles: MatchProfile[] = [];
  const seen = new Set<string>();
  // Ids of profiles rejected above: a case naming one is not "unknown", its error is reported.
  const rejectedIds = new Set<string>();
  top.data.profiles.forEach((raw, index) => {
    const { where, id } = describeProfile(raw, index);
    if (id !== null) rejectedIds.add(id);
    const parsed = profileSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      errors.push(...toErrors(parsed.error.issues, where, id));
      return;
    }
    if (seen.has(parsed.data.id)) {
      errors.push({ where, profileId: id, field: "id", message: "id ripetuto: deve essere unico nel file" });
      return;
    }
    seen.add(parsed.data.id);
    rejectedIds.delete(parsed.data.id);
    profiles.push(parsed.data);
  });

  const kinds = new Map(profiles.map((p) => [p.id, p.kind]));
  const cases: EvaluationCase[] = [];
  (top.data.cases ?? []).forEach((raw, index) => {
    const subject = typeof raw === "object" && raw !== null && "subject" in raw ? raw.subject : undefined;
    const where = `caso n. ${index + 1}${typeof subject === "string" ? ` (soggetto "${subject}")` : ""}`;
    const parsed = caseSchema.safeParse(raw, { reportInput: true });
    if (!parsed.success) {
      errors.push(...toErrors(parsed.error.issues, where, null));
      return;
    }
    const testCase: EvaluationCase = {
      subject: parsed.data.subject,
      ideal: parsed.data.ideal,
      acceptable: parsed.data.acceptable,
      forbidden: parsed.data.forbidden,
      ...(parsed.data.note === undefined ? {} : { note: parsed.data.note }),
    };
    checkCase(testCase, where, kinds, rejectedIds, errors);
    cases.push(testCase);
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, document: { version: 1, profiles, cases } };
}

/** Parses the text of an exchange file: JSON first, then the format. */
export function parseExchangeFile(text: string): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ where: "documento", profileId: null, field: null, message: `JSON non valido: ${reason}` }] };
  }
  return parseExchangeDocument(json);
}
