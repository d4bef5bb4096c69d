import type { z } from "zod";

const MAX_LISTED_VALUES = 8;

function isDefaultMessage(message: string): boolean {
  return /^(Too (small|big)|Invalid)/.test(message);
}

function show(value: unknown): string {
  return typeof value === "string" ? `"${value}"` : JSON.stringify(value) ?? String(value);
}

/** Italian wording for a zod issue, short enough to follow `campo "x":`. */
export function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return "obbligatorio, manca";
      return issue.expected === "int" ? "deve essere un numero intero" : `tipo errato: atteso ${issue.expected}`;
    case "invalid_value":
      if (issue.input === undefined) return "obbligatorio, manca";
      // Long code lists (30 resources) would drown the message: they are in FORMAT.md.
      return issue.values.length <= MAX_LISTED_VALUES
        ? `valore ${show(issue.input)} non ammesso (ammessi: ${issue.values.map(show).join(", ")})`
        : `codice ${show(issue.input)} sconosciuto`;
    case "unrecognized_keys":
      return "campo non previsto dal formato";
    // The schema's own (Italian) messages win over zod's English defaults.
    case "too_small":
      return isDefaultMessage(issue.message) ? `deve essere almeno ${String(issue.minimum)}` : issue.message;
    case "too_big":
      return isDefaultMessage(issue.message) ? `deve essere al più ${String(issue.maximum)}` : issue.message;
    case "invalid_union": {
      // A discriminated union reports a bad or missing "kind" this way, with the whole profile as input.
      const input = issue.input;
      const kind = typeof input === "object" && input !== null && "kind" in input ? input.kind : undefined;
      return kind === undefined ? "obbligatorio, manca" : `valore ${show(kind)} non ammesso (ammessi: "company", "nonprofit")`;
    }
    default:
      return issue.message;
  }
}
