import { serverConfig } from "@/lib/config/server-config";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/**
 * The address the request came from, for rate limits and the audit of agreements.
 *
 * X-Forwarded-For is written by each proxy in turn, so only the entry added by the proxy
 * in front of us can be trusted: TRUSTED_PROXY_HOPS (default 1: Next's own server adds
 * the socket address when it is reached directly) counts from the right.
 */
export function clientIpFrom(headers: HeaderSource): string {
  const hops = serverConfig().trustedProxyHops;
  const chain = (readHeader(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain[chain.length - hops] ?? readHeader(headers, "x-real-ip") ?? "unknown";
}
