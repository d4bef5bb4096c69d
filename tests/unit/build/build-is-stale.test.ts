import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { BUILD_RECORD, buildIsStale, describeCheckout } from "@/scripts/build-is-stale";

describe("buildIsStale: npm start never rebuilds a build of the same sources", () => {
  let root: string;
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=t", "-c", "user.email=t@t", ...args], { cwd: root });
  const write = (file: string, content: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  };
  const recordBuild = () => write(BUILD_RECORD, JSON.stringify({ ...describeCheckout(root), builtAt: new Date().toISOString() }));

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "insieme-build-"));
    git("init", "-q");
    write(".gitignore", ".next/\n");
    write("app/page.tsx", "export default 1;\n");
    git("add", "-A");
    git("commit", "-qm", "first");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("is stale without a build", async () => {
    expect(await buildIsStale(root)).toBe(true);
  });

  it("is fresh for the commit it was built from, and after a commit that changed no build source", async () => {
    recordBuild();
    expect(await buildIsStale(root)).toBe(false);
    write("tests/a.test.ts", "test\n");
    git("add", "-A");
    git("commit", "-qm", "a test only");
    expect(await buildIsStale(root)).toBe(false);
  });

  it("is stale after a commit that changed the app", async () => {
    recordBuild();
    write("app/page.tsx", "export default 2;\n");
    git("add", "-A");
    git("commit", "-qm", "the app");
    expect(await buildIsStale(root)).toBe(true);
  });

  it("in a checkout with local edits, is stale once a source is newer than the build", async () => {
    write("app/page.tsx", "export default 3;\n");
    recordBuild();
    const past = new Date(Date.now() - 60_000);
    utimesSync(path.join(root, "app/page.tsx"), past, past);
    expect(await buildIsStale(root)).toBe(false);
    write("app/page.tsx", "export default 4;\n");
    expect(await buildIsStale(root)).toBe(true);
  });
});
