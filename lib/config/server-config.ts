import { z } from "zod";
import { DEFAULT_PATRON_DAY, parsePatronDay } from "@/lib/dates/patron-day";

// The one place that reads the server's environment. Every other module asks
// serverConfig(), so a missing or malformed variable is found once, at start, and
// reported together with every other problem instead of surfacing later as a broken link
// or a crashed request. The README's configuration table lists the same variables.

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const DEFAULT_MAIL_FROM = "Insieme · CSV Pavia <insieme@csvpavia.it>";
const MIN_SECRET_BYTES = 32;

/** The largest file a partnership document may be (issue 12: 10 MB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
/** All documents of one partnership together: a few hundred photos and scans. */
export const DOCUMENT_QUOTA_BYTES = 200 * 1024 * 1024;

/** The variables the schema reads; other variables of the environment are not looked at. */
export const CONFIG_VARIABLES = [
  "NODE_ENV",
  "DATABASE_URL",
  "DATABASE_POOL_MAX",
  "NEXTAUTH_URL",
  "NEXTAUTH_SECRET",
  "PORT",
  "SMTP_URL",
  "MAIL_FROM",
  "TRUSTED_PROXY_HOPS",
  "LOG_LEVEL",
  "INSIEME_DATA_DIR",
  "DEBUG_SCHEMA_ENGINE",
  "SESSION_ABSOLUTE_DAYS",
  "CSV_PATRON_DAY",
  "INSIEME_DEMO",
  "INSIEME_DB_PORT",
  "DIGEST_TIME",
  "DIGEST_TIME_ZONE",
  "PHASE_CHANGE_GRACE_SECONDS",
] as const;

type Environment = Partial<Record<string, string | undefined>>;

// `FOO=` in a .env file means "not set", as it does for most tools.
const optionalText = z.preprocess((value) => (value === "" ? undefined : value), z.string().trim().min(1).optional());

function urlWithProtocols(protocols: string[], example: string) {
  return optionalText.refine((value) => {
    if (value === undefined) return true;
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, `must be a URL like ${example}`);
}

function integer(min: number, max: number, fallback?: number) {
  const error = `must be a whole number from ${min} to ${max}`;
  const number = z.number({ error }).int({ error }).min(min, { error }).max(max, { error });
  return z.preprocess(
    (value) => (value === "" || value === undefined ? fallback : Number(value)),
    fallback === undefined ? number.optional() : number,
  );
}

const DEFAULT_DIGEST_TIME = "07:00";
const DEFAULT_DIGEST_TIME_ZONE = "Europe/Rome";
const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || url.hostname.startsWith("127.") || url.hostname.endsWith(".localhost");
}

const schema = z
  .object({
    NODE_ENV: z.preprocess((value) => value || "development", z.enum(["development", "production", "test"])),
    DATABASE_URL: urlWithProtocols(["postgres:", "postgresql:"], "postgres://user:password@host:5432/insieme"),
    DATABASE_POOL_MAX: integer(1, 1000),
    NEXTAUTH_URL: urlWithProtocols(["http:", "https:"], "https://insieme.example.org"),
    NEXTAUTH_SECRET: optionalText,
    PORT: integer(1, 65535, 3000),
    SMTP_URL: urlWithProtocols(["smtp:", "smtps:"], "smtp://user:password@mail.example.org:587"),
    MAIL_FROM: z.preprocess((value) => value || DEFAULT_MAIL_FROM, z.string()),
    TRUSTED_PROXY_HOPS: integer(0, 5, 0),
    LOG_LEVEL: z.preprocess((value) => value || undefined, z.enum(LOG_LEVELS).optional()),
    INSIEME_DATA_DIR: z.preprocess((value) => value || ".data", z.string()),
    DEBUG_SCHEMA_ENGINE: z.preprocess((value) => Boolean(value) && value !== "0", z.boolean()),
    SESSION_ABSOLUTE_DAYS: integer(1, 30, 7),
    CSV_PATRON_DAY: z.preprocess(
      (value) => (typeof value === "string" && value.trim() ? value : DEFAULT_PATRON_DAY),
      z.string().refine((value) => parsePatronDay(value) !== undefined, "must be a day of the year as MM-DD (e.g. 12-09 for San Siro)"),
    ),
    INSIEME_DEMO: z.preprocess((value) => (value === "" ? undefined : value), z.enum(["0", "1"], { error: "must be 0 or 1" }).optional()),
    INSIEME_DB_PORT: integer(1, 65535),
    DIGEST_TIME: z.preprocess((value) => (typeof value === "string" && value.trim() ? value.trim() : DEFAULT_DIGEST_TIME), z.string().regex(CLOCK_TIME, "must be a time of day as HH:MM (e.g. 07:00)")),
    DIGEST_TIME_ZONE: z.preprocess(
      (value) => (typeof value === "string" && value.trim() ? value.trim() : DEFAULT_DIGEST_TIME_ZONE),
      z.string().refine(isTimeZone, "must be an IANA time zone (e.g. Europe/Rome)"),
    ),
    PHASE_CHANGE_GRACE_SECONDS: integer(0, 3600, 60),
  })
  .superRefine((env, context) => {
    if (env.NODE_ENV !== "production") return;
    if (!env.NEXTAUTH_URL) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "is required in production: the public address of the site, used in e-mail links" });
    } else if (new URL(env.NEXTAUTH_URL).protocol !== "https:" && !isLoopback(new URL(env.NEXTAUTH_URL))) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_URL"], message: "must use https in production (plain http only for localhost / 127.0.0.1)" });
    }
    if (!env.NEXTAUTH_SECRET) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: `is required in production: at least ${MIN_SECRET_BYTES} random bytes, e.g. \`openssl rand -base64 32\`` });
    } else if (Buffer.byteLength(env.NEXTAUTH_SECRET, "utf8") < MIN_SECRET_BYTES) {
      context.addIssue({ code: "custom", path: ["NEXTAUTH_SECRET"], message: `is too short: at least ${MIN_SECRET_BYTES} bytes, e.g. \`openssl rand -base64 32\`` });
    }
  });

type ParsedEnvironment = z.infer<typeof schema>;

export type ServerConfig = {
  nodeEnv: ParsedEnvironment["NODE_ENV"];
  isProduction: boolean;
  databaseUrl: string | undefined;
  databasePoolMax: number | undefined;
  /** The public address of the site, without a trailing slash. */
  siteUrl: string;
  /** Whether cookies may be marked Secure: production behind https. */
  secureCookies: boolean;
  authSecret: string | undefined;
  port: number;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustedProxyHops: number;
  logLevel: (typeof LOG_LEVELS)[number];
  dataDir: string;
  debugSchemaEngine: boolean;
  /** A login lasts at most this many days however active (lib/auth/session-policy.ts). */
  sessionAbsoluteDays: number;
  /** The CSV's local patron saint's day, "MM-DD": not a working day. */
  patronDay: string;
  /** INSIEME_DEMO: true or false when set, undefined to decide from the database (lib/demo). */
  demo: boolean | undefined;
  /** The embedded PostgreSQL's port; undefined: a free one. */
  embeddedDbPort: number | undefined;
  /** When the daily e-mail digest goes out, "HH:MM" in digestTimeZone (lib/jobs/send-daily-digests.ts). */
  digestTime: string;
  digestTimeZone: string;
  /** A board move tells the partners only after this many seconds, so an undo within it tells nobody. */
  phaseChangeGraceSeconds: number;
};

/** The configuration is wrong: `problems` names every variable at fault, one line each. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `Insieme cannot start: the configuration has ${problems.length} problem${problems.length === 1 ? "" : "s"}.\n` +
        problems.map((problem) => `  - ${problem}`).join("\n") +
        "\nSet them in the environment or in .env / .env.local (see the README, \"Configuration\").",
    );
    this.name = "ConfigError";
  }
}

/** Parses an environment into the configuration, or throws ConfigError listing every problem. */
export function parseServerConfig(env: Environment): ServerConfig {
  const result = schema.safeParse(Object.fromEntries(CONFIG_VARIABLES.map((name) => [name, env[name]])));
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`));
  }
  const parsed = result.data;
  const siteUrl = (parsed.NEXTAUTH_URL ?? `http://localhost:${parsed.PORT}`).replace(/\/+$/, "");
  return {
    nodeEnv: parsed.NODE_ENV,
    isProduction: parsed.NODE_ENV === "production",
    databaseUrl: parsed.DATABASE_URL,
    databasePoolMax: parsed.DATABASE_POOL_MAX,
    siteUrl,
    secureCookies: parsed.NODE_ENV === "production" && siteUrl.startsWith("https:"),
    authSecret: parsed.NEXTAUTH_SECRET,
    port: parsed.PORT ?? 3000,
    smtpUrl: parsed.SMTP_URL,
    mailFrom: parsed.MAIL_FROM,
    trustedProxyHops: parsed.TRUSTED_PROXY_HOPS ?? 0,
    logLevel: parsed.LOG_LEVEL ?? (parsed.NODE_ENV === "test" ? "silent" : "info"),
    dataDir: parsed.INSIEME_DATA_DIR,
    debugSchemaEngine: parsed.DEBUG_SCHEMA_ENGINE,
    sessionAbsoluteDays: parsed.SESSION_ABSOLUTE_DAYS ?? 7,
    patronDay: parsePatronDay(parsed.CSV_PATRON_DAY) ?? DEFAULT_PATRON_DAY,
    demo: parsed.INSIEME_DEMO === undefined ? undefined : parsed.INSIEME_DEMO === "1",
    embeddedDbPort: parsed.INSIEME_DB_PORT,
    digestTime: parsed.DIGEST_TIME,
    digestTimeZone: parsed.DIGEST_TIME_ZONE,
    phaseChangeGraceSeconds: parsed.PHASE_CHANGE_GRACE_SECONDS ?? 60,
  };
}

let cached: { key: string; config: ServerConfig } | undefined;

/**
 * The server's configuration from process.env. Parsed once and kept while the variables
 * stay the same (tests and the start script set some of them at run time).
 *
 * @throws ConfigError listing every missing or malformed variable
 */
export function serverConfig(): ServerConfig {
  const key = JSON.stringify(CONFIG_VARIABLES.map((name) => process.env[name] ?? null));
  if (cached?.key !== key) cached = { key, config: parseServerConfig(process.env) };
  return cached.config;
}
