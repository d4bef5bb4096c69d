import type { Database } from "@/lib/db/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { assertAdmin } from "./assert-admin";

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  role: Role;
  disabled: boolean;
  organizationName: string | null;
};

/** Every account, for the administrators' page: never the password hash. */
export async function listUsers(db: Database, actor: { role: Role }): Promise<UserSummary[]> {
  assertAdmin(actor);
  const users = await db.user.findMany({
    orderBy: [{ role: "desc" }, { name: "asc" }],
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      disabled: true,
      memberships: { take: 1, orderBy: { createdAt: "asc" }, select: { organization: { select: { name: true } } } },
    },
  });
  return users.map(({ memberships, ...user }) => ({
    ...user,
    organizationName: memberships[0]?.organization.name ?? null,
  }));
}
