/**
 * FormData → plain object for zod: repeated names become arrays (checkbox groups), React's
 * own `$ACTION_…` fields are dropped. Files are kept as they are for upload schemas.
 */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const current = out[key];
    out[key] = current === undefined ? value : Array.isArray(current) ? [...current, value] : [current, value];
  }
  return out;
}
