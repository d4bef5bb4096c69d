import type { Window } from "@/lib/rate-limit/fixed-window";

/** The version of the privacy notice at /privacy. Change it whenever the notice changes:
 * each Consent row records the version the person accepted. */
export const PRIVACY_NOTICE_VERSION = "2026-12-03";
export const PRIVACY_CONSENT_KIND = "privacy-notice";

/** Optional consents, each its own unticked checkbox and, when given, its own Consent row. */
export const OPTIONAL_CONSENTS = ["newsletter"] as const;
export type OptionalConsent = (typeof OPTIONAL_CONSENTS)[number];

export const PASSWORD_MIN_LENGTH = 12;

export const VERIFY_EMAIL_TTL_MS = 24 * 60 * 60 * 1000;
export const RESET_PASSWORD_TTL_MS = 60 * 60 * 1000;

// Offices and associations often share one public address, so the per-address limits
// leave room for a few colleagues; the per-e-mail limits stop mail-bombing one inbox.
export const SIGNUP_PER_ADDRESS: Window = { limit: 10, windowSeconds: 60 * 60 };
export const EMAIL_REQUESTS_PER_ADDRESS: Window = { limit: 10, windowSeconds: 60 * 60 };
export const EMAIL_REQUESTS_PER_EMAIL: Window = { limit: 3, windowSeconds: 60 * 60 };
