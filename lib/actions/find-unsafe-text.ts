// PostgreSQL refuses a NUL byte in text ("invalid byte sequence"), and a lone UTF-16
// surrogate cannot be encoded as UTF-8 at all: either one reaching a query is a 500. They
// never come from a person typing, so the action layer refuses them before any schema runs.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isSafeText(value: string): boolean {
  return !value.includes("\u0000") && !LONE_SURROGATE.test(value);
}

/**
 * The path ("answers.causes.2") of the first string in `value`, keys included, that holds a
 * NUL byte or a lone surrogate; null when every string is safe. Depth is bounded so that a
 * hostile nested body cannot exhaust the stack.
 */
export function findUnsafeText(value: unknown, path: string[] = [], depth = 0): string | null {
  if (depth > 32) return path.join(".") || "form";
  if (typeof value === "string") return isSafeText(value) ? null : path.join(".") || "form";
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findUnsafeText(value[i], [...path, String(i)], depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === "object" && !(value instanceof Blob)) {
    for (const [key, item] of Object.entries(value)) {
      if (!isSafeText(key)) return path.join(".") || "form";
      const found = findUnsafeText(item, [...path, key], depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}
