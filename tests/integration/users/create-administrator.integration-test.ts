import { spawn } from "node:child_process";
import { verifyPassword } from "@/lib/auth/password";
import { createDatabaseClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/schema-engine";
import { ValidationError } from "@/lib/errors";
import { createAdministrator } from "@/lib/users/create-administrator";
import { startTestCluster, type TestCluster } from "../../support/embedded-cluster";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("createAdministrator", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("creates an administrator with a verified e-mail, the password hashed, and an audit row", async () => {
    const admin = await createAdministrator(database.db, { email: " Direzione@CSVPavia.it ", name: "Anna Direzione", password: "una-frase-lunga-2026" });
    const row = await database.db.user.findUniqueOrThrow({ where: { id: admin.id } });
    expect(row).toMatchObject({ email: "direzione@csvpavia.it", name: "Anna Direzione", role: "ADMIN", disabled: false });
    expect(row.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(row.passwordHash, "una-frase-lunga-2026")).toBe(true);
    expect(await database.db.auditLog.count({ where: { targetId: admin.id, action: "user.create-administrator" } })).toBe(1);
  });

  it("refuses a taken e-mail, leaving the existing user as it was", async () => {
    await createAdministrator(database.db, { email: "primo@csvpavia.it", name: "Primo", password: "password-abbastanza-lunga" });
    const before = await database.db.user.findUniqueOrThrow({ where: { email: "primo@csvpavia.it" } });
    await expect(createAdministrator(database.db, { email: "PRIMO@csvpavia.it", name: "Altro", password: "un'altra-password-lunga" })).rejects.toEqual(
      new ValidationError("emailTaken", "email"),
    );
    expect(await database.db.user.findUniqueOrThrow({ where: { email: "primo@csvpavia.it" } })).toEqual(before);
  });

  it.each([
    ["passwordTooShort", "password", { email: "a@csvpavia.it", name: "A", password: "corta" }],
    ["passwordIsEmail", "password", { email: "lunga.email@csvpavia.it", name: "A", password: "lunga.email@csvpavia.it" }],
    ["emailInvalid", "email", { email: "non-una-email", name: "A", password: "password-abbastanza-lunga" }],
    ["nameRequired", "name", { email: "b@csvpavia.it", name: "  ", password: "password-abbastanza-lunga" }],
  ])("refuses with %s on %s, creating nothing", async (message, field, input) => {
    const users = await database.db.user.count();
    await expect(createAdministrator(database.db, input)).rejects.toEqual(new ValidationError(message, field));
    expect(await database.db.user.count()).toBe(users);
  });
});

/** Runs `npm run admin:create` as an operator would, the password on standard input. */
function adminCreate(dataDir: string, args: string[], stdin: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, INSIEME_DATA_DIR: dataDir };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/admin-create.ts", ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
    child.stdin.end(stdin);
  });
}

describe("npm run admin:create", () => {
  let cluster: TestCluster;
  beforeAll(async () => {
    cluster = await startTestCluster();
    await applyMigrations(cluster.server.url);
  }, 120_000);
  afterAll(() => cluster.cleanup());

  it("creates the first administrator in the running embedded database from a password on standard input, and refuses a second one with the same e-mail", async () => {
    const created = await adminCreate(cluster.dataDir, ["--email", "admin@csvpavia.it", "--name", "Giulia Amministratrice"], "la-password-della-direzione\n");
    expect(created).toEqual({ code: 0, output: expect.stringContaining("Administrator admin@csvpavia.it created") });

    const db = createDatabaseClient(cluster.server.url);
    try {
      const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@csvpavia.it" } });
      expect(admin.role).toBe("ADMIN");
      // The newline that ends the line is not part of the password.
      expect(await verifyPassword(admin.passwordHash, "la-password-della-direzione")).toBe(true);

      const again = await adminCreate(cluster.dataDir, ["--email", "admin@csvpavia.it", "--name", "Altra"], "un'altra-password-lunga\n");
      expect(again.code).toBe(1);
      expect(again.output).toContain("already exists");
      const short = await adminCreate(cluster.dataDir, ["--email", "due@csvpavia.it", "--name", "Due"], "breve\n");
      expect(short).toEqual({ code: 1, output: expect.stringContaining("at least 12 characters") });
      expect(await db.user.count()).toBe(1);
    } finally {
      await db.$disconnect();
    }
  }, 120_000);
});
