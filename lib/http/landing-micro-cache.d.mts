// Types of landing-micro-cache.mjs (plain JavaScript: it runs in the standalone server).
import type { IncomingMessage, ServerResponse } from "node:http";

type Listener = (request: IncomingMessage, response: ServerResponse) => unknown;
export const LANDING_MICRO_CACHE_MS: number;
export const REFRESH_HEADER: string;
export const HIT_HEADER: string;
export function mayAnswerFromMemory(request: IncomingMessage): boolean;
export function acceptsGzip(header: string | undefined): boolean;
export function keepableAnswer(
  response: IncomingMessage,
  body: Buffer,
): { headers: Record<string, string | string[]>; body: Buffer; gzipped: Buffer } | null;
export function withLandingMicroCache(listener: Listener, options?: { ttlMs?: number; now?: () => number }): Listener;
