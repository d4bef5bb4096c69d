import { parseServerConfig } from "@/lib/config/server-config";
import { isDemoMode } from "@/lib/demo/demo-mode";

describe("isDemoMode", () => {
  it("is the demo on a fresh clone: the embedded database, nothing set", () => {
    expect(isDemoMode(parseServerConfig({}))).toBe(true);
  });

  it("is a real installation with DATABASE_URL, or with INSIEME_DEMO=0 on the embedded database", () => {
    expect(isDemoMode(parseServerConfig({ DATABASE_URL: "postgres://db.example/insieme" }))).toBe(false);
    expect(isDemoMode(parseServerConfig({ INSIEME_DEMO: "0" }))).toBe(false);
    expect(isDemoMode(parseServerConfig({ INSIEME_DEMO: "0", DATABASE_URL: "postgres://db.example/insieme" }))).toBe(false);
  });

  it("is the demo on PostgreSQL only when asked explicitly (the end-to-end server, a public demo site)", () => {
    expect(isDemoMode(parseServerConfig({ INSIEME_DEMO: "1", DATABASE_URL: "postgres://db.example/insieme" }))).toBe(true);
  });
});
