import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { changeUserRole } from "@/lib/users/change-user-role";
import { listUsers } from "@/lib/users/list-users";
import { setUserDisabled } from "@/lib/users/set-user-disabled";
import { createUser } from "../../support/factories";
import { createTestDatabase, type TestDatabase } from "../../support/test-database";

describe("user administration", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.cleanup());

  it("lets an administrator disable a user, ending the user's sessions, with an audit row", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    const target = await createUser(database.db);
    await setUserDisabled(database.db, admin, { userId: target.id, disabled: true });

    const after = await database.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(after.disabled).toBe(true);
    expect(after.sessionVersion).toBe(target.sessionVersion + 1);
    const audit = await database.db.auditLog.findMany({ where: { targetId: target.id } });
    expect(audit).toEqual([expect.objectContaining({ actorId: admin.id, action: "user.disable", after: { disabled: true } })]);
  });

  it("refuses staff and partners, changing nothing", async () => {
    const target = await createUser(database.db);
    for (const role of ["STAFF", "PARTNER"] as const) {
      const actor = await createUser(database.db, { role });
      await expect(setUserDisabled(database.db, actor, { userId: target.id, disabled: true })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(changeUserRole(database.db, actor, { userId: target.id, role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
      await expect(listUsers(database.db, actor)).rejects.toBeInstanceOf(ForbiddenError);
    }
    const unchanged = await database.db.user.findUniqueOrThrow({ where: { id: target.id } });
    expect(unchanged).toMatchObject({ disabled: false, role: "PARTNER" });
  });

  it("does not let administrators lock themselves out", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    await expect(setUserDisabled(database.db, admin, { userId: admin.id, disabled: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeUserRole(database.db, admin, { userId: admin.id, role: "PARTNER" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("answers NotFound for an unknown user and writes no audit row", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    await expect(setUserDisabled(database.db, admin, { userId: "nobody", disabled: true })).rejects.toBeInstanceOf(NotFoundError);
    expect(await database.db.auditLog.count({ where: { targetId: "nobody" } })).toBe(0);
  });

  it("changes a role with an audit row, and lists users without password hashes", async () => {
    const admin = await createUser(database.db, { role: "ADMIN" });
    const target = await createUser(database.db);
    await changeUserRole(database.db, admin, { userId: target.id, role: "STAFF" });
    const users = await listUsers(database.db, admin);
    const listed = users.find((user) => user.id === target.id);
    expect(listed).toMatchObject({ role: "STAFF", disabled: false });
    expect(Object.keys(listed ?? {})).not.toContain("passwordHash");
    expect(await database.db.auditLog.count({ where: { targetId: target.id, action: "user.change-role" } })).toBe(1);
  });
});
