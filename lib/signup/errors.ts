// The signup services' rate-limit error is the app-wide one (lib/errors.ts); kept here under
// its old path so that callers written before the move keep working.
export { RateLimitedError } from "@/lib/errors";
