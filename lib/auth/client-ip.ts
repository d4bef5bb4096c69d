import { serverConfig } from "@/lib/config/server-config";

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * The private header that carries the TCP peer's address into the app. Next.js gives app
 * code no socket address (NextRequest.ip is gone since Next 15) and only fills
 * X-Forwarded-For when the client did not send one, so the server stamps this header from
 * the socket itself, overwriting whatever a client sent (see stamp-client-address.ts).
 */
export const CLIENT_ADDRESS_HEADER = "x-insieme-client-ip";

function readHeader(headers: HeaderSource, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** TRUSTED_PROXY_HOPS: how many proxies we run in front of the app (0 to 5, default 0; lib/config). */
export function trustedProxyHops(): number {
  return serverConfig().trustedProxyHops;
}

/**
 * The address the request came from, for rate limits, the security audit and the
 * acceptance of agreements.
 *
 * - TRUSTED_PROXY_HOPS=0 (the default: clients reach the app directly): the socket's
 *   address. X-Forwarded-For is ignored, since any client can write it.
 * - TRUSTED_PROXY_HOPS=N: each of our N proxies appends the address it received the
 *   request from, so the N-th entry from the right is the one our outermost proxy saw;
 *   entries further left were written by the client and are ignored. A chain shorter than
 *   N (someone bypassed a proxy) falls back to the socket's address.
 */
export function clientIpFrom(headers: HeaderSource, hops: number = trustedProxyHops()): string {
  const socketAddress = readHeader(headers, CLIENT_ADDRESS_HEADER)?.trim() || "unknown";
  if (hops === 0) return socketAddress;
  const chain = (readHeader(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.at(-hops) ?? socketAddress;
}
