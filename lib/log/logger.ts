import pino, { type DestinationStream, type Logger } from "pino";
import { serverConfig } from "@/lib/config/server-config";

// One JSON line per event on standard output, for whatever collects the server's logs.
// Secrets and personal data never reach the log: the fields below are replaced wherever
// they appear (two levels deep), and e-mail addresses inside error messages are masked.

const SENSITIVE_FIELDS = ["password", "newPassword", "token", "secret", "cookie", "authorization", "email", "to", "phone", "taxCode"];

export const REDACTED_PATHS = SENSITIVE_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]).concat([
  'headers["set-cookie"]',
  '*.headers["set-cookie"]',
]);

const EMAIL_PATTERN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Replaces e-mail addresses in free text (error messages quote recipients). */
export function maskEmails(text: string): string {
  return text.replace(EMAIL_PATTERN, "[email]");
}

function serializeError(error: unknown) {
  const serialized = pino.stdSerializers.err(error as Error);
  if (!serialized || typeof serialized !== "object") return serialized;
  return {
    ...serialized,
    message: maskEmails(String(serialized.message ?? "")),
    stack: serialized.stack ? maskEmails(serialized.stack) : undefined,
  };
}

function configuredLevel(): string {
  try {
    return serverConfig().logLevel;
  } catch {
    // A broken configuration is reported at start (instrumentation); logging still works.
    return "info";
  }
}

/** A logger writing to `destination` (standard output when omitted). Tests pass a stream. */
export function createLogger(options: { level?: string } = {}, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level ?? configuredLevel(),
      base: { service: "insieme" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      serializers: { err: serializeError, error: serializeError },
      hooks: {
        logMethod(args, method) {
          // Masks addresses in the message text too, e.g. logger.warn(`no user ${email}`).
          const masked = args.map((argument) => (typeof argument === "string" ? maskEmails(argument) : argument));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}

/** The server's logger. Use `logger.child({ job: "…" })` or requestLogger() for context. */
export const logger: Logger = createLogger();
