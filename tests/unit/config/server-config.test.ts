import { ConfigError, parseServerConfig } from "@/lib/config/server-config";

const SECRET = "0123456789abcdef0123456789abcdef"; // 32 bytes

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseServerConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("the server configuration", () => {
  it("starts in development with nothing set, with documented defaults", () => {
    const config = parseServerConfig({});
    expect(config).toMatchObject({
      nodeEnv: "development",
      siteUrl: "http://localhost:3000",
      port: 3000,
      smtpUrl: undefined,
      mailFrom: "Insieme · CSV Pavia <insieme@csvpavia.it>",
      trustedProxyHops: 0,
      logLevel: "info",
      secureCookies: false,
    });
  });

  it("builds the site address from PORT and drops a trailing slash from NEXTAUTH_URL", () => {
    expect(parseServerConfig({ PORT: "4100" }).siteUrl).toBe("http://localhost:4100");
    expect(parseServerConfig({ NEXTAUTH_URL: "https://insieme.example.org/" }).siteUrl).toBe("https://insieme.example.org");
  });

  it("treats an empty value as unset, as in `SMTP_URL=` in a .env file", () => {
    expect(parseServerConfig({ SMTP_URL: "", PORT: "" })).toMatchObject({ smtpUrl: undefined, port: 3000 });
  });

  it("requires NEXTAUTH_URL and NEXTAUTH_SECRET in production and names both in one message", () => {
    const problems = problemsOf({ NODE_ENV: "production" });
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(/^NEXTAUTH_URL is required in production/m);
    expect(problems.join("\n")).toMatch(/^NEXTAUTH_SECRET is required in production/m);
  });

  it("refuses plain http for a public address in production", () => {
    expect(problemsOf({ NODE_ENV: "production", NEXTAUTH_URL: "http://insieme.example.org", NEXTAUTH_SECRET: SECRET })).toEqual([
      expect.stringMatching(/^NEXTAUTH_URL must use https in production/),
    ]);
  });

  it("accepts http on a loopback address in production (a local test of the build)", () => {
    for (const url of ["http://localhost:3000", "http://127.0.0.1:3302", "http://[::1]:3000"]) {
      expect(parseServerConfig({ NODE_ENV: "production", NEXTAUTH_URL: url, NEXTAUTH_SECRET: SECRET }).siteUrl).toBe(url);
    }
  });

  it("refuses a secret shorter than 32 bytes in production", () => {
    expect(problemsOf({ NODE_ENV: "production", NEXTAUTH_URL: "https://insieme.example.org", NEXTAUTH_SECRET: SECRET.slice(1) })).toEqual([
      expect.stringMatching(/^NEXTAUTH_SECRET is too short: at least 32 bytes/),
    ]);
  });

  it("lists every malformed variable, not only the first", () => {
    const problems = problemsOf({ DATABASE_URL: "mysql://x", SMTP_URL: "mail.example.org", PORT: "eighty", TRUSTED_PROXY_HOPS: "9", LOG_LEVEL: "loud" });
    expect(problems.map((problem) => problem.split(" ")[0]).sort()).toEqual(["DATABASE_URL", "LOG_LEVEL", "PORT", "SMTP_URL", "TRUSTED_PROXY_HOPS"]);
    const message = new ConfigError(problems).message;
    expect(message).toContain("5 problems");
    expect(message).toContain("postgres://user:password@host:5432/insieme");
  });

  it("sends the daily digest at 07:00 in Italy unless told otherwise, and refuses a malformed time or zone", () => {
    expect(parseServerConfig({})).toMatchObject({ digestTime: "07:00", digestTimeZone: "Europe/Rome" });
    expect(parseServerConfig({ DIGEST_TIME: "18:30", DIGEST_TIME_ZONE: "Europe/London" })).toMatchObject({ digestTime: "18:30", digestTimeZone: "Europe/London" });
    expect(problemsOf({ DIGEST_TIME: "7", DIGEST_TIME_ZONE: "Europe/Pavia" }).map((problem) => problem.split(" ")[0]).sort()).toEqual(["DIGEST_TIME", "DIGEST_TIME_ZONE"]);
    expect(problemsOf({ DIGEST_TIME: "24:00" })[0]).toMatch(/^DIGEST_TIME must be a time of day/);
  });

  it("marks cookies Secure only in production behind https", () => {
    expect(parseServerConfig({ NODE_ENV: "production", NEXTAUTH_URL: "https://insieme.example.org", NEXTAUTH_SECRET: SECRET }).secureCookies).toBe(true);
    expect(parseServerConfig({ NODE_ENV: "production", NEXTAUTH_URL: "http://localhost:3000", NEXTAUTH_SECRET: SECRET }).secureCookies).toBe(false);
  });
});
