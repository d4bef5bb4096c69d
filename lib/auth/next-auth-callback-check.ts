// next-auth (v4) checks the `callbackUrl` of the query and of its callback-url cookie before
// anything else, and answers a value it cannot use ("🤝", "javascript:…") with a 500 ("a
// problem with the server configuration"). Its rule, repeated here so the route can answer
// such a request 400 first: an http(s) URL, or a path starting with "/".

const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

function isUsableCallbackUrl(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? "http://site.invalid" : undefined).protocol);
  } catch {
    return false;
  }
}

type RequestParts = { searchParams: URLSearchParams; cookie: (name: string) => string | undefined };

/** Whether next-auth would refuse this request's callback URL (query or cookie) with a 500. */
export function hasUnusableCallbackUrl({ searchParams, cookie }: RequestParts): boolean {
  const values = [searchParams.get("callbackUrl"), ...CALLBACK_COOKIES.map(cookie)].filter((value): value is string => typeof value === "string" && value !== "");
  return values.some((value) => !isUsableCallbackUrl(value));
}
