import { Writable } from "node:stream";
import { createLogger } from "@/lib/log/logger";
import { requestIdFrom } from "@/lib/log/request-id";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString("utf8").split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, logger: createLogger({ level: "info" }, stream) };
}

describe("the logger", () => {
  it("writes one JSON object per line with level, time and message", () => {
    const { lines, logger } = capture();
    logger.info({ job: "outbox", sent: 2 }, "outbox delivery");
    expect(lines).toEqual([expect.objectContaining({ level: "info", msg: "outbox delivery", job: "outbox", sent: 2, time: expect.any(String) })]);
  });

  it("never writes a password, token, cookie or e-mail address", () => {
    const { lines, logger } = capture();
    logger.warn(
      { email: "anna.rossi@example.it", password: "Segreta-2026!", user: { email: "b@example.it", token: "abc" }, headers: { cookie: "next-auth.session-token=xyz", authorization: "Bearer t" } },
      "login failed for anna.rossi@example.it",
    );
    logger.error({ err: new Error("550 mailbox unavailable: carlo@example.it") }, "delivery failed");
    const written = JSON.stringify(lines);
    for (const secret of ["anna.rossi@example.it", "Segreta-2026!", "b@example.it", "abc", "xyz", "Bearer t", "carlo@example.it"]) {
      expect(written).not.toContain(secret);
    }
    expect(lines[0]).toMatchObject({ email: "[redacted]", password: "[redacted]", msg: "login failed for [email]" });
    expect(lines[1]).toMatchObject({ err: expect.objectContaining({ message: "550 mailbox unavailable: [email]" }) });
  });
});

describe("the request id", () => {
  it("keeps a safe incoming id and replaces anything else with a new one", () => {
    expect(requestIdFrom("req-7f3a2c91")).toBe("req-7f3a2c91");
    for (const unsafe of [null, "", "short", "has space in it", "x".repeat(200), "id\nforged: log line"]) {
      const id = requestIdFrom(unsafe);
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
});
