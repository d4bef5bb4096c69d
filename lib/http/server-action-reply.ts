// The arguments of a server action arrive in React's reply format: a JSON root (the whole
// text body, or the multipart field "0") whose strings starting with "$" are references to
// other parts ("$1", "$@2", "$Q3"…) or encoded values ("$undefined", "$D2026-…", "$n12").
// A body that is not such a reply, or that references a part it does not carry, makes
// Next's decoding throw, and Next answers that with a 500. proxy.ts checks the shape first
// and answers 400 instead; the action's own schema still checks every value.

/** Encoded values that reference no other part. */
const PLAIN_VALUES = new Set(["$undefined", "$NaN", "$Infinity", "$-Infinity", "$-0"]);
/** References to another part of the reply: a tag (or none) and the part's id in hex. */
const PART_REFERENCE = /^\$([@QWBFAOoUSsLlGgMmVTRrXxZih]?)([0-9a-f]+)$/;
const MAX_DEPTH = 64;

export type ReplyParts = {
  /** The JSON root: the text body, or the multipart field "0". */
  root: string;
  /** The ids of the other parts a multipart body carries (fields named by a decimal number). */
  partIds: ReadonlySet<string>;
};

/** Whether `value` (a parsed JSON model) only holds strings a reply may hold, with every reference present (keys are never decoded). */
function isWellFormedModel(value: unknown, partIds: ReadonlySet<string>, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  if (typeof value === "string") return isWellFormedString(value, partIds);
  if (Array.isArray(value)) return value.every((item) => isWellFormedModel(item, partIds, depth + 1));
  if (value !== null && typeof value === "object") {
    return Object.values(value).every((item) => isWellFormedModel(item, partIds, depth + 1));
  }
  return true;
}

function isWellFormedString(value: string, partIds: ReadonlySet<string>): boolean {
  if (!value.startsWith("$")) return true;
  if (value.startsWith("$$") || PLAIN_VALUES.has(value)) return true;
  // A date (an invalid one is just an Invalid Date) and a FormData (its entries may be none).
  if (value.startsWith("$D") || value.startsWith("$K")) return true;
  if (value.startsWith("$n")) return /^\$n-?\d{1,400}$/.test(value);
  // References are hex; the parts' field names are decimal.
  const reference = PART_REFERENCE.exec(value);
  return reference !== null && partIds.has(String(Number.parseInt(reference[2]!, 16)));
}

/**
 * Whether a server action's body is a reply Next can decode: a JSON array of arguments at
 * the root (a server action is always called with a list), every part it references present.
 */
export function isWellFormedReply(parts: ReplyParts, models: ReadonlyMap<string, string> = new Map()): boolean {
  const parsed = parseJson(parts.root);
  if (!parsed.ok || !Array.isArray(parsed.value)) return false;
  if (!isWellFormedModel(parsed.value, parts.partIds, 0)) return false;
  // Outlined parts are JSON models too, checked the same way.
  for (const text of models.values()) {
    const model = parseJson(text);
    if (!model.ok || !isWellFormedModel(model.value, parts.partIds, 0)) return false;
  }
  return true;
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** The parts of a multipart reply: field "0" is the root, "<n>" fields are outlined parts, "<n>_name" FormData entries. */
export function replyPartsOf(fields: Iterable<[string, unknown]>): { parts: ReplyParts; models: Map<string, string> } | null {
  let root: string | null = null;
  const partIds = new Set<string>();
  const models = new Map<string, string>();
  for (const [name, value] of fields) {
    if (name === "0") {
      if (typeof value !== "string") return null;
      root = value;
    } else if (/^\d+$/.test(name)) {
      partIds.add(name);
      // A string part is a JSON model; a file part is a Blob's bytes.
      if (typeof value === "string") models.set(name, value);
    }
  }
  if (root === null) return null;
  return { parts: { root, partIds }, models };
}

/**
 * Whether the body of a request carrying `Next-Action` is a reply Next can decode. Reads a
 * copy of the body (proxy.ts runs before Next reads the original), after the size check.
 */
export async function isDecodableActionBody(request: Request): Promise<boolean> {
  const copy = request.clone();
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") {
    let form: FormData;
    try {
      form = await copy.formData();
    } catch {
      return false;
    }
    const reply = replyPartsOf(form.entries());
    return reply !== null && isWellFormedReply(reply.parts, reply.models);
  }
  // Next leaves URL-encoded actions alone (404); any other body is the reply's JSON root.
  if (type === "application/x-www-form-urlencoded") return true;
  return isWellFormedReply({ root: await copy.text(), partIds: new Set() });
}
