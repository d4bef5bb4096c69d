/**
 * Does every %-escape of a URL path decode, as UTF-8, to text without control characters?
 * A path that does not (`%E0%A4%A`, an encoded lone surrogate, `%00`) names no page.
 */
export function decodesCleanly(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  return !/[\u0000-\u001f\u007f]/.test(decoded);
}
