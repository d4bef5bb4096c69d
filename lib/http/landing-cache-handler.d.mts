// Types of landing-cache-handler.mjs (plain JavaScript: Next loads it unbundled).
export default class LandingCacheHandler {
  constructor(context: Record<string, unknown>);
  get(key: string, context: Record<string, unknown>): Promise<{ value?: { headers?: Record<string, unknown> } } | null>;
  set(key: string, data: Record<string, unknown> | null, context: Record<string, unknown>): Promise<void>;
  revalidateTag(tags: string | string[], durations?: Record<string, number>): Promise<void>;
}
