// Types of content-security-policy.mjs (plain JavaScript: the cache handler loads it unbundled).
export declare const CACHED_LANDING_PREFIX: string;
export declare function contentSecurityPolicy(scriptSources: string[], options?: { dev?: boolean }): string;
export declare function noncePolicy(nonce: string, options?: { dev?: boolean }): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function hashPolicy(html: string): string;
